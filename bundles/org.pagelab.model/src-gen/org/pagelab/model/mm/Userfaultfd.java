/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Userfaultfd</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A userfaultfd context and the faults waiting for the monitor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Userfaultfd#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Userfaultfd#isMissing <em>Missing</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Userfaultfd#isWp <em>Wp</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Userfaultfd#getPending <em>Pending</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getUserfaultfd()
 * @model
 * @generated
 */
public interface Userfaultfd extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getUserfaultfd_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Userfaultfd#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Missing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registered in MISSING mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing</em>' attribute.
	 * @see #setMissing(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getUserfaultfd_Missing()
	 * @model
	 * @generated
	 */
	boolean isMissing();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Userfaultfd#isMissing <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing</em>' attribute.
	 * @see #isMissing()
	 * @generated
	 */
	void setMissing(boolean value);

	/**
	 * Returns the value of the '<em><b>Wp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registered in WP (write-protect) mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wp</em>' attribute.
	 * @see #setWp(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getUserfaultfd_Wp()
	 * @model
	 * @generated
	 */
	boolean isWp();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Userfaultfd#isWp <em>Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wp</em>' attribute.
	 * @see #isWp()
	 * @generated
	 */
	void setWp(boolean value);

	/**
	 * Returns the value of the '<em><b>Pending</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.UffdMessage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fault messages not yet read or not yet resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getUserfaultfd_Pending()
	 * @model containment="true"
	 * @generated
	 */
	EList<UffdMessage> getPending();

} // Userfaultfd
