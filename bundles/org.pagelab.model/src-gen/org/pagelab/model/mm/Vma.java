/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vma</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A struct vm_area_struct: [start, end) with its flags.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Vma#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Vma#getStart <em>Start</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Vma#getEnd <em>End</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Vma#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Vma#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Vma#getFile <em>File</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Vma#getPgoff <em>Pgoff</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getVma()
 * @model
 * @generated
 */
public interface Vma extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getVma_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Vma#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(long)
	 * @see org.pagelab.model.mm.MmPackage#getVma_Start()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getStart();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Vma#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(long value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_end (exclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(long)
	 * @see org.pagelab.model.mm.MmPackage#getVma_End()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getEnd();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Vma#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(long value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link org.pagelab.model.mm.VmFlag}.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.VmFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_flags, VM_ prefix dropped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.pagelab.model.mm.VmFlag
	 * @see org.pagelab.model.mm.MmPackage#getVma_Flags()
	 * @model
	 * @generated
	 */
	EList<VmFlag> getFlags();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.VmaKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anonymous, file or shmem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.VmaKind
	 * @see #setKind(VmaKind)
	 * @see org.pagelab.model.mm.MmPackage#getVma_Kind()
	 * @model
	 * @generated
	 */
	VmaKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Vma#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.VmaKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(VmaKind value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_file for file and shmem mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' reference.
	 * @see #setFile(File)
	 * @see org.pagelab.model.mm.MmPackage#getVma_File()
	 * @model
	 * @generated
	 */
	File getFile();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Vma#getFile <em>File</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' reference.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(File value);

	/**
	 * Returns the value of the '<em><b>Pgoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vm_pgoff: file offset of vm_start in pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pgoff</em>' attribute.
	 * @see #setPgoff(long)
	 * @see org.pagelab.model.mm.MmPackage#getVma_Pgoff()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getPgoff();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Vma#getPgoff <em>Pgoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pgoff</em>' attribute.
	 * @see #getPgoff()
	 * @generated
	 */
	void setPgoff(long value);

} // Vma
