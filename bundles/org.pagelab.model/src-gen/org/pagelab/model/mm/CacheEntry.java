/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cache Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One page cache slot: a page, or for shmem a swap entry, or a shadow entry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.CacheEntry#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.mm.CacheEntry#getPage <em>Page</em>}</li>
 *   <li>{@link org.pagelab.model.mm.CacheEntry#getSwapSlot <em>Swap Slot</em>}</li>
 *   <li>{@link org.pagelab.model.mm.CacheEntry#isShadow <em>Shadow</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getCacheEntry()
 * @model
 * @generated
 */
public interface CacheEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page index in the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(long)
	 * @see org.pagelab.model.mm.MmPackage#getCacheEntry_Index()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getIndex();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.CacheEntry#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(long value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cached page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page</em>' reference.
	 * @see #setPage(Page)
	 * @see org.pagelab.model.mm.MmPackage#getCacheEntry_Page()
	 * @model
	 * @generated
	 */
	Page getPage();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.CacheEntry#getPage <em>Page</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' reference.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(Page value);

	/**
	 * Returns the value of the '<em><b>Swap Slot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a swapped-out shmem page: its swap slot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swap Slot</em>' reference.
	 * @see #setSwapSlot(SwapSlot)
	 * @see org.pagelab.model.mm.MmPackage#getCacheEntry_SwapSlot()
	 * @model
	 * @generated
	 */
	SwapSlot getSwapSlot();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.CacheEntry#getSwapSlot <em>Swap Slot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swap Slot</em>' reference.
	 * @see #getSwapSlot()
	 * @generated
	 */
	void setSwapSlot(SwapSlot value);

	/**
	 * Returns the value of the '<em><b>Shadow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A workingset shadow entry of an evicted page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shadow</em>' attribute.
	 * @see #setShadow(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getCacheEntry_Shadow()
	 * @model
	 * @generated
	 */
	boolean isShadow();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.CacheEntry#isShadow <em>Shadow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shadow</em>' attribute.
	 * @see #isShadow()
	 * @generated
	 */
	void setShadow(boolean value);

} // CacheEntry
