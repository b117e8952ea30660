/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inode with its page cache (a regular file, a shmem/tmpfs file or a block device).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.File#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.File#getPath <em>Path</em>}</li>
 *   <li>{@link org.pagelab.model.mm.File#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.File#getSize <em>Size</em>}</li>
 *   <li>{@link org.pagelab.model.mm.File#getCache <em>Cache</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getFile()
 * @model
 * @generated
 */
public interface File extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the state, used by references (e.g. guest-mem); must not start with a slash.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getFile_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.File#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the file, e.g. /dev/shm/guest-mem or /dev/sda.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.pagelab.model.mm.MmPackage#getFile_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.File#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.FileKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Regular file, shmem or block device.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.FileKind
	 * @see #setKind(FileKind)
	 * @see org.pagelab.model.mm.MmPackage#getFile_Kind()
	 * @model
	 * @generated
	 */
	FileKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.File#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.mm.FileKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FileKind value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * i_size in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.pagelab.model.mm.MmPackage#getFile_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.File#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Cache</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.mm.CacheEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page cache slots (xarray entries) in index order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cache</em>' containment reference list.
	 * @see org.pagelab.model.mm.MmPackage#getFile_Cache()
	 * @model containment="true"
	 * @generated
	 */
	EList<CacheEntry> getCache();

} // File
