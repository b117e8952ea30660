/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pmd</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PMD entry: none, a pointer to a PTE table (which holds ptes), or a huge mapping of a PMD-sized folio.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Pmd#getAddress <em>Address</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#getPage <em>Page</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#isWrite <em>Write</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#isDirty <em>Dirty</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#isYoung <em>Young</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#isUffdWp <em>Uffd Wp</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#getPtes <em>Ptes</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Pmd#getPtl <em>Ptl</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getPmd()
 * @model
 * @generated
 */
public interface Pmd extends EObject {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual address covered (PMD-aligned).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(long)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Address()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getAddress();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.PmdKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the entry is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.PmdKind
	 * @see #setKind(PmdKind)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Kind()
	 * @model
	 * @generated
	 */
	PmdKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.PmdKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PmdKind value);

	/**
	 * Returns the value of the '<em><b>Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a huge PMD: the mapped head page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page</em>' reference.
	 * @see #setPage(Page)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Page()
	 * @model
	 * @generated
	 */
	Page getPage();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#getPage <em>Page</em>}' reference.
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
	 * For a huge PMD: the mapped pfn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(long)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Pfn()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getPfn();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#getPfn <em>Pfn</em>}' attribute.
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
	 * _PAGE_RW of a huge PMD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Write</em>' attribute.
	 * @see #setWrite(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Write()
	 * @model
	 * @generated
	 */
	boolean isWrite();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#isWrite <em>Write</em>}' attribute.
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
	 * Dirty bit of a huge PMD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dirty</em>' attribute.
	 * @see #setDirty(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Dirty()
	 * @model
	 * @generated
	 */
	boolean isDirty();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#isDirty <em>Dirty</em>}' attribute.
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
	 * Accessed bit of a huge PMD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Young</em>' attribute.
	 * @see #setYoung(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Young()
	 * @model
	 * @generated
	 */
	boolean isYoung();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#isYoung <em>Young</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Young</em>' attribute.
	 * @see #isYoung()
	 * @generated
	 */
	void setYoung(boolean value);

	/**
	 * Returns the value of the '<em><b>Uffd Wp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * userfaultfd write-protect bit of a huge PMD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uffd Wp</em>' attribute.
	 * @see #setUffdWp(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_UffdWp()
	 * @model
	 * @generated
	 */
	boolean isUffdWp();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#isUffdWp <em>Uffd Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uffd Wp</em>' attribute.
	 * @see #isUffdWp()
	 * @generated
	 */
	void setUffdWp(boolean value);

	/**
	 * Returns the value of the '<em><b>Ptes</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.Pte}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The populated PTEs of the table (entries that are not none, or none entries of interest).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ptes</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Ptes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pte> getPtes();

	/**
	 * Returns the value of the '<em><b>Ptl</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The page table lock of this table (split PTE lock).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ptl</em>' containment reference.
	 * @see #setPtl(Lock)
	 * @see org.pagelab.model.mm.MmPackage#getPmd_Ptl()
	 * @model containment="true"
	 * @generated
	 */
	Lock getPtl();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Pmd#getPtl <em>Ptl</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ptl</em>' containment reference.
	 * @see #getPtl()
	 * @generated
	 */
	void setPtl(Lock value);

} // Pmd
