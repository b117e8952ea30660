/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A struct mm_struct: one address space.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Mm#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getPid <em>Pid</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getVmas <em>Vmas</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getPmds <em>Pmds</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getMmapLock <em>Mmap Lock</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getUserfaultfd <em>Userfaultfd</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getRssAnon <em>Rss Anon</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getRssFile <em>Rss File</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Mm#getRssShmem <em>Rss Shmem</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getMm()
 * @model
 * @generated
 */
public interface Mm extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the state (e.g. mm0, or the task comm).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getMm_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owner pid, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pid</em>' attribute.
	 * @see #setPid(int)
	 * @see org.pagelab.model.mm.MmPackage#getMm_Pid()
	 * @model
	 * @generated
	 */
	int getPid();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getPid <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pid</em>' attribute.
	 * @see #getPid()
	 * @generated
	 */
	void setPid(int value);

	/**
	 * Returns the value of the '<em><b>Vmas</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.Vma}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its VMAs in address order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmas</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMm_Vmas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Vma> getVmas();

	/**
	 * Returns the value of the '<em><b>Pmds</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.Pmd}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page-table entries at PMD level that are populated, each with its PTE table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pmds</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getMm_Pmds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pmd> getPmds();

	/**
	 * Returns the value of the '<em><b>Mmap Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mmap_lock (a rw semaphore).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mmap Lock</em>' containment reference.
	 * @see #setMmapLock(Lock)
	 * @see org.pagelab.model.mm.MmPackage#getMm_MmapLock()
	 * @model containment="true"
	 * @generated
	 */
	Lock getMmapLock();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getMmapLock <em>Mmap Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mmap Lock</em>' containment reference.
	 * @see #getMmapLock()
	 * @generated
	 */
	void setMmapLock(Lock value);

	/**
	 * Returns the value of the '<em><b>Userfaultfd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The userfaultfd context registered on this mm, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Userfaultfd</em>' containment reference.
	 * @see #setUserfaultfd(Userfaultfd)
	 * @see org.pagelab.model.mm.MmPackage#getMm_Userfaultfd()
	 * @model containment="true"
	 * @generated
	 */
	Userfaultfd getUserfaultfd();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getUserfaultfd <em>Userfaultfd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Userfaultfd</em>' containment reference.
	 * @see #getUserfaultfd()
	 * @generated
	 */
	void setUserfaultfd(Userfaultfd value);

	/**
	 * Returns the value of the '<em><b>Rss Anon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MM_ANONPAGES counter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rss Anon</em>' attribute.
	 * @see #setRssAnon(int)
	 * @see org.pagelab.model.mm.MmPackage#getMm_RssAnon()
	 * @model
	 * @generated
	 */
	int getRssAnon();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getRssAnon <em>Rss Anon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rss Anon</em>' attribute.
	 * @see #getRssAnon()
	 * @generated
	 */
	void setRssAnon(int value);

	/**
	 * Returns the value of the '<em><b>Rss File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MM_FILEPAGES counter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rss File</em>' attribute.
	 * @see #setRssFile(int)
	 * @see org.pagelab.model.mm.MmPackage#getMm_RssFile()
	 * @model
	 * @generated
	 */
	int getRssFile();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getRssFile <em>Rss File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rss File</em>' attribute.
	 * @see #getRssFile()
	 * @generated
	 */
	void setRssFile(int value);

	/**
	 * Returns the value of the '<em><b>Rss Shmem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MM_SHMEMPAGES counter.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rss Shmem</em>' attribute.
	 * @see #setRssShmem(int)
	 * @see org.pagelab.model.mm.MmPackage#getMm_RssShmem()
	 * @model
	 * @generated
	 */
	int getRssShmem();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Mm#getRssShmem <em>Rss Shmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rss Shmem</em>' attribute.
	 * @see #getRssShmem()
	 * @generated
	 */
	void setRssShmem(int value);

} // Mm
