/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lock</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lock an MM step can hold: page table lock, page lock, mmap_lock, a scenario spinlock.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Lock#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Lock#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Lock#getMode <em>Mode</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Lock#getHolders <em>Holders</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getLock()
 * @model
 * @generated
 */
public interface Lock extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it protects (e.g. ptl, mmap_lock, PG_locked).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getLock_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Lock#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.LockKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of lock.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.LockKind
	 * @see #setKind(LockKind)
	 * @see org.pagelab.model.mm.MmPackage#getLock_Kind()
	 * @model
	 * @generated
	 */
	LockKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Lock#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.LockKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LockKind value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.LockMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unlocked, held shared (readers) or exclusive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.pagelab.model.mm.LockMode
	 * @see #setMode(LockMode)
	 * @see org.pagelab.model.mm.MmPackage#getLock_Mode()
	 * @model
	 * @generated
	 */
	LockMode getMode();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Lock#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.pagelab.model.mm.LockMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(LockMode value);

	/**
	 * Returns the value of the '<em><b>Holders</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threads holding it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Holders</em>' attribute list.
	 * @see org.pagelab.model.mm.MmPackage#getLock_Holders()
	 * @model
	 * @generated
	 */
	EList<String> getHolders();

} // Lock
