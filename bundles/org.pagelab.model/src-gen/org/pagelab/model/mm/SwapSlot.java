/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swap Slot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A used swap slot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.SwapSlot#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.SwapSlot#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.pagelab.model.mm.SwapSlot#getCount <em>Count</em>}</li>
 *   <li>{@link org.pagelab.model.mm.SwapSlot#getData <em>Data</em>}</li>
 *   <li>{@link org.pagelab.model.mm.SwapSlot#getCachePage <em>Cache Page</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getSwapSlot()
 * @model
 * @generated
 */
public interface SwapSlot extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the state (e.g. swap-3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getSwapSlot_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.SwapSlot#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Swap offset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offset</em>' attribute.
	 * @see #setOffset(long)
	 * @see org.pagelab.model.mm.MmPackage#getSwapSlot_Offset()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getOffset();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.SwapSlot#getOffset <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offset</em>' attribute.
	 * @see #getOffset()
	 * @generated
	 */
	void setOffset(long value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * swap_map count: references from PTEs and page cache slots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.pagelab.model.mm.MmPackage#getSwapSlot_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.SwapSlot#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abstract content written to the slot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(String)
	 * @see org.pagelab.model.mm.MmPackage#getSwapSlot_Data()
	 * @model
	 * @generated
	 */
	String getData();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.SwapSlot#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(String value);

	/**
	 * Returns the value of the '<em><b>Cache Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The page in the swap cache for this slot, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache Page</em>' reference.
	 * @see #setCachePage(Page)
	 * @see org.pagelab.model.mm.MmPackage#getSwapSlot_CachePage()
	 * @model
	 * @generated
	 */
	Page getCachePage();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.SwapSlot#getCachePage <em>Cache Page</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Page</em>' reference.
	 * @see #getCachePage()
	 * @generated
	 */
	void setCachePage(Page value);

} // SwapSlot
