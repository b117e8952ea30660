/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uffd Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A userfault message: a faulting thread waits until the monitor resolves it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.UffdMessage#getAddress <em>Address</em>}</li>
 *   <li>{@link org.pagelab.model.mm.UffdMessage#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.UffdMessage#getThread <em>Thread</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getUffdMessage()
 * @model
 * @generated
 */
public interface UffdMessage extends EObject {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Faulting address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.pagelab.model.mm.MmPackage#getUffdMessage_Address()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.UffdMessage#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * missing, wp or minor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.pagelab.model.mm.MmPackage#getUffdMessage_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.UffdMessage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thread waiting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thread</em>' attribute.
	 * @see #setThread(String)
	 * @see org.pagelab.model.mm.MmPackage#getUffdMessage_Thread()
	 * @model
	 * @generated
	 */
	String getThread();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.UffdMessage#getThread <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread</em>' attribute.
	 * @see #getThread()
	 * @generated
	 */
	void setThread(String value);

} // UffdMessage
