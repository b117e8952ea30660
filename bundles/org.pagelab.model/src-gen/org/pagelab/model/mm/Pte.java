/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pte</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A page table entry, with its bits decoded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Pte#getAddress <em>Address</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#getPage <em>Page</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#isWrite <em>Write</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#isDirty <em>Dirty</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#isYoung <em>Young</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#isSoftDirty <em>Soft Dirty</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#isUffdWp <em>Uffd Wp</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#isExclusive <em>Exclusive</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#getSwapSlot <em>Swap Slot</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pte#getMarker <em>Marker</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getPte()
 * @model
 * @generated
 */
public interface Pte extends EObject {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual address mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Address()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.PteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Present mapping, zero-page mapping, or a non-present kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.PteKind
	 * @see #setKind(PteKind)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Kind()
	 * @model
	 * @generated
	 */
	PteKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.PteKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PteKind value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For present entries: the mapped page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page</em>' reference.
	 * @see #setPage(Page)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Page()
	 * @model
	 * @generated
	 */
	Page getPage();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#getPage <em>Page</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page</em>' reference.
	 * @see #getPage()
	 * @generated
	 */
	void setPage(Page value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For present entries: the mapped pfn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(long)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Pfn()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getPfn();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(long value);

	/**
	 * Returns the value of the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * _PAGE_RW.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Write()
	 * @model
	 * @generated
	 */
	boolean isWrite();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#isWrite <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write</em>' attribute.
	 * @see #isWrite()
	 * @generated
	 */
	void setWrite(boolean value);

	/**
	 * Returns the value of the '<em><b>Dirty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * _PAGE_DIRTY (hardware sets it on write).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dirty</em>' attribute.
	 * @see #setDirty(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Dirty()
	 * @model
	 * @generated
	 */
	boolean isDirty();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#isDirty <em>Dirty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dirty</em>' attribute.
	 * @see #isDirty()
	 * @generated
	 */
	void setDirty(boolean value);

	/**
	 * Returns the value of the '<em><b>Young</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * _PAGE_ACCESSED (hardware sets it on access).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Young</em>' attribute.
	 * @see #setYoung(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Young()
	 * @model
	 * @generated
	 */
	boolean isYoung();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#isYoung <em>Young</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Young</em>' attribute.
	 * @see #isYoung()
	 * @generated
	 */
	void setYoung(boolean value);

	/**
	 * Returns the value of the '<em><b>Soft Dirty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * _PAGE_SOFT_DIRTY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Soft Dirty</em>' attribute.
	 * @see #setSoftDirty(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPte_SoftDirty()
	 * @model
	 * @generated
	 */
	boolean isSoftDirty();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#isSoftDirty <em>Soft Dirty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Soft Dirty</em>' attribute.
	 * @see #isSoftDirty()
	 * @generated
	 */
	void setSoftDirty(boolean value);

	/**
	 * Returns the value of the '<em><b>Uffd Wp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * _PAGE_UFFD_WP; on a swap entry or a marker, the uffd-wp bit it carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uffd Wp</em>' attribute.
	 * @see #setUffdWp(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPte_UffdWp()
	 * @model
	 * @generated
	 */
	boolean isUffdWp();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#isUffdWp <em>Uffd Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uffd Wp</em>' attribute.
	 * @see #isUffdWp()
	 * @generated
	 */
	void setUffdWp(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PageAnonExclusive / swap entry exclusive bit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusive</em>' attribute.
	 * @see #setExclusive(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Exclusive()
	 * @model
	 * @generated
	 */
	boolean isExclusive();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#isExclusive <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive</em>' attribute.
	 * @see #isExclusive()
	 * @generated
	 */
	void setExclusive(boolean value);

	/**
	 * Returns the value of the '<em><b>Swap Slot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a swap entry: the slot it names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swap Slot</em>' reference.
	 * @see #setSwapSlot(SwapSlot)
	 * @see org.pagelab.model.mm.MmPackage#getPte_SwapSlot()
	 * @model
	 * @generated
	 */
	SwapSlot getSwapSlot();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#getSwapSlot <em>Swap Slot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swap Slot</em>' reference.
	 * @see #getSwapSlot()
	 * @generated
	 */
	void setSwapSlot(SwapSlot value);

	/**
	 * Returns the value of the '<em><b>Marker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a PTE marker: its kind (e.g. uffd-wp, poisoned).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marker</em>' attribute.
	 * @see #setMarker(String)
	 * @see org.pagelab.model.mm.MmPackage#getPte_Marker()
	 * @model
	 * @generated
	 */
	String getMarker();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pte#getMarker <em>Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marker</em>' attribute.
	 * @see #getMarker()
	 * @generated
	 */
	void setMarker(String value);

} // Pte
