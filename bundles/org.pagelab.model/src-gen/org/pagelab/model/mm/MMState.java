/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>MM State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root: one snapshot of MM state.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.MMState#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getDescription <em>Description</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getStep <em>Step</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getPages <em>Pages</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getMms <em>Mms</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getFiles <em>Files</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getSwapSlots <em>Swap Slots</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getLocks <em>Locks</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.pagelab.model.mm.MMState#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getMMState()
 * @model
 * @generated
 */
public interface MMState extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scenario or snapshot name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.MMState#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text: where this state comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.MMState#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Step of a counterexample this state follows (0 = initial state, -1 = not from a run).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(int)
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Step()
	 * @model default="-1"
	 * @generated
	 */
	int getStep();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.MMState#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(int value);

	/**
	 * Returns the value of the '<em><b>Pages</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.Page}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All struct pages/folios of interest, heads and tails.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pages</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Pages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Page> getPages();

	/**
	 * Returns the value of the '<em><b>Mms</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.Mm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address spaces (struct mm_struct).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mms</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Mms()
	 * @model containment="true"
	 * @generated
	 */
	EList<Mm> getMms();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.File}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files and shmem inodes with their page cache.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Files()
	 * @model containment="true"
	 * @generated
	 */
	EList<File> getFiles();

	/**
	 * Returns the value of the '<em><b>Swap Slots</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.SwapSlot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Used swap slots.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swap Slots</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_SwapSlots()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwapSlot> getSwapSlots();

	/**
	 * Returns the value of the '<em><b>Locks</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.Lock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Locks that belong to no other object (scenario spinlocks).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locks</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Locks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lock> getLocks();

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.ThreadState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threads (CPUs) of a scenario at this step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThreadState> getThreads();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.NamedValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other named values: global variables of a scenario, counters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMMState_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedValue> getValues();

} // MMState
