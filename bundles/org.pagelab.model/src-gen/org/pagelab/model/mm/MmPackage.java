/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Memory-management state as drgn, crash, page-types and /proc/pid/pagemap show it: pages/folios, mms, VMAs, page tables, page cache, swap and locks, plus the threads of a scenario. One MMState is the state of a scenario at one step, or a saved snapshot.
 * <!-- end-model-doc -->
 * @see org.pagelab.model.mm.MmFactory
 * @model kind="package"
 * @generated
 */
public interface MmPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "mm";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.pagelab.org/mm/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MmPackage eINSTANCE = org.pagelab.model.mm.impl.MmPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.MMStateImpl <em>MM State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.MMStateImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getMMState()
	 * @generated
	 */
	int MM_STATE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__STEP = 2;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__PAGES = 3;

	/**
	 * The feature id for the '<em><b>Mms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__MMS = 4;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__FILES = 5;

	/**
	 * The feature id for the '<em><b>Swap Slots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__SWAP_SLOTS = 6;

	/**
	 * The feature id for the '<em><b>Locks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__LOCKS = 7;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__THREADS = 8;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE__VALUES = 9;

	/**
	 * The number of structural features of the '<em>MM State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>MM State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.PageImpl <em>Page</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.PageImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPage()
	 * @generated
	 */
	int PAGE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__PFN = 1;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__ORDER = 2;

	/**
	 * The feature id for the '<em><b>Compound Head</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__COMPOUND_HEAD = 3;

	/**
	 * The feature id for the '<em><b>Refcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__REFCOUNT = 4;

	/**
	 * The feature id for the '<em><b>Mapcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__MAPCOUNT = 5;

	/**
	 * The feature id for the '<em><b>Pincount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__PINCOUNT = 6;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__FLAGS = 7;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Anon Vma</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__ANON_VMA = 9;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__INDEX = 10;

	/**
	 * The feature id for the '<em><b>Swap Slot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__SWAP_SLOT = 11;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__DATA = 12;

	/**
	 * The feature id for the '<em><b>Free</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__FREE = 13;

	/**
	 * The feature id for the '<em><b>Buffers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__BUFFERS = 14;

	/**
	 * The feature id for the '<em><b>Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE__LOCK = 15;

	/**
	 * The number of structural features of the '<em>Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Page</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.MmImpl <em>Mm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.MmImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getMm()
	 * @generated
	 */
	int MM = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__PID = 1;

	/**
	 * The feature id for the '<em><b>Vmas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__VMAS = 2;

	/**
	 * The feature id for the '<em><b>Pmds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__PMDS = 3;

	/**
	 * The feature id for the '<em><b>Mmap Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__MMAP_LOCK = 4;

	/**
	 * The feature id for the '<em><b>Userfaultfd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__USERFAULTFD = 5;

	/**
	 * The feature id for the '<em><b>Rss Anon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__RSS_ANON = 6;

	/**
	 * The feature id for the '<em><b>Rss File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__RSS_FILE = 7;

	/**
	 * The feature id for the '<em><b>Rss Shmem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM__RSS_SHMEM = 8;

	/**
	 * The number of structural features of the '<em>Mm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Mm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.VmaImpl <em>Vma</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.VmaImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getVma()
	 * @generated
	 */
	int VMA = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__NAME = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__END = 2;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__FLAGS = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__KIND = 4;

	/**
	 * The feature id for the '<em><b>File</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__FILE = 5;

	/**
	 * The feature id for the '<em><b>Pgoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA__PGOFF = 6;

	/**
	 * The number of structural features of the '<em>Vma</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Vma</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.PmdImpl <em>Pmd</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.PmdImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPmd()
	 * @generated
	 */
	int PMD = 4;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__KIND = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__PAGE = 2;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__PFN = 3;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__WRITE = 4;

	/**
	 * The feature id for the '<em><b>Dirty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__DIRTY = 5;

	/**
	 * The feature id for the '<em><b>Young</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__YOUNG = 6;

	/**
	 * The feature id for the '<em><b>Uffd Wp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__UFFD_WP = 7;

	/**
	 * The feature id for the '<em><b>Ptes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__PTES = 8;

	/**
	 * The feature id for the '<em><b>Ptl</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD__PTL = 9;

	/**
	 * The number of structural features of the '<em>Pmd</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Pmd</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PMD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.PteImpl <em>Pte</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.PteImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPte()
	 * @generated
	 */
	int PTE = 5;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__PAGE = 2;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__PFN = 3;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__WRITE = 4;

	/**
	 * The feature id for the '<em><b>Dirty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__DIRTY = 5;

	/**
	 * The feature id for the '<em><b>Young</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__YOUNG = 6;

	/**
	 * The feature id for the '<em><b>Soft Dirty</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__SOFT_DIRTY = 7;

	/**
	 * The feature id for the '<em><b>Uffd Wp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__UFFD_WP = 8;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__EXCLUSIVE = 9;

	/**
	 * The feature id for the '<em><b>Swap Slot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__SWAP_SLOT = 10;

	/**
	 * The feature id for the '<em><b>Marker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE__MARKER = 11;

	/**
	 * The number of structural features of the '<em>Pte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Pte</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.FileImpl <em>File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.FileImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getFile()
	 * @generated
	 */
	int FILE = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__PATH = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Cache</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE__CACHE = 4;

	/**
	 * The number of structural features of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.CacheEntryImpl <em>Cache Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.CacheEntryImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getCacheEntry()
	 * @generated
	 */
	int CACHE_ENTRY = 7;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_ENTRY__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_ENTRY__PAGE = 1;

	/**
	 * The feature id for the '<em><b>Swap Slot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_ENTRY__SWAP_SLOT = 2;

	/**
	 * The feature id for the '<em><b>Shadow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_ENTRY__SHADOW = 3;

	/**
	 * The number of structural features of the '<em>Cache Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cache Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CACHE_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.SwapSlotImpl <em>Swap Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.SwapSlotImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getSwapSlot()
	 * @generated
	 */
	int SWAP_SLOT = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT__OFFSET = 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT__COUNT = 2;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT__DATA = 3;

	/**
	 * The feature id for the '<em><b>Cache Page</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT__CACHE_PAGE = 4;

	/**
	 * The number of structural features of the '<em>Swap Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Swap Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWAP_SLOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.LockImpl <em>Lock</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.LockImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getLock()
	 * @generated
	 */
	int LOCK = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK__KIND = 1;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK__MODE = 2;

	/**
	 * The feature id for the '<em><b>Holders</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK__HOLDERS = 3;

	/**
	 * The number of structural features of the '<em>Lock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Lock</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.UserfaultfdImpl <em>Userfaultfd</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.UserfaultfdImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getUserfaultfd()
	 * @generated
	 */
	int USERFAULTFD = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERFAULTFD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Missing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERFAULTFD__MISSING = 1;

	/**
	 * The feature id for the '<em><b>Wp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERFAULTFD__WP = 2;

	/**
	 * The feature id for the '<em><b>Pending</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERFAULTFD__PENDING = 3;

	/**
	 * The number of structural features of the '<em>Userfaultfd</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERFAULTFD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Userfaultfd</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USERFAULTFD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.UffdMessageImpl <em>Uffd Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.UffdMessageImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getUffdMessage()
	 * @generated
	 */
	int UFFD_MESSAGE = 11;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UFFD_MESSAGE__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UFFD_MESSAGE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UFFD_MESSAGE__THREAD = 2;

	/**
	 * The number of structural features of the '<em>Uffd Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UFFD_MESSAGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Uffd Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UFFD_MESSAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.ThreadStateImpl <em>Thread State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.ThreadStateImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getThreadState()
	 * @generated
	 */
	int THREAD_STATE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__LOCATION = 3;

	/**
	 * The feature id for the '<em><b>Stack</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__STACK = 4;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE__REGISTERS = 5;

	/**
	 * The number of structural features of the '<em>Thread State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Thread State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.impl.NamedValueImpl <em>Named Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.NamedValueImpl
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getNamedValue()
	 * @generated
	 */
	int NAMED_VALUE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Named Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.PageFlag <em>Page Flag</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.PageFlag
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPageFlag()
	 * @generated
	 */
	int PAGE_FLAG = 14;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.VmFlag <em>Vm Flag</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.VmFlag
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getVmFlag()
	 * @generated
	 */
	int VM_FLAG = 15;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.VmaKind <em>Vma Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.VmaKind
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getVmaKind()
	 * @generated
	 */
	int VMA_KIND = 16;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.PmdKind <em>Pmd Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.PmdKind
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPmdKind()
	 * @generated
	 */
	int PMD_KIND = 17;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.PteKind <em>Pte Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.PteKind
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPteKind()
	 * @generated
	 */
	int PTE_KIND = 18;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.FileKind <em>File Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.FileKind
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getFileKind()
	 * @generated
	 */
	int FILE_KIND = 19;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.LockKind <em>Lock Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.LockKind
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getLockKind()
	 * @generated
	 */
	int LOCK_KIND = 20;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.LockMode <em>Lock Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.LockMode
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getLockMode()
	 * @generated
	 */
	int LOCK_MODE = 21;

	/**
	 * The meta object id for the '{@link org.pagelab.model.mm.ThreadStatus <em>Thread Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.ThreadStatus
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getThreadStatus()
	 * @generated
	 */
	int THREAD_STATUS = 22;


	/**
	 * The meta object id for the '<em>Hex</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.mm.impl.MmPackageImpl#getHex()
	 * @generated
	 */
	int HEX = 23;


	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.MMState <em>MM State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>MM State</em>'.
	 * @see org.pagelab.model.mm.MMState
	 * @generated
	 */
	EClass getMMState();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.MMState#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.MMState#getName()
	 * @see #getMMState()
	 * @generated
	 */
	EAttribute getMMState_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.MMState#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.pagelab.model.mm.MMState#getDescription()
	 * @see #getMMState()
	 * @generated
	 */
	EAttribute getMMState_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.MMState#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.pagelab.model.mm.MMState#getStep()
	 * @see #getMMState()
	 * @generated
	 */
	EAttribute getMMState_Step();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pages</em>'.
	 * @see org.pagelab.model.mm.MMState#getPages()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_Pages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getMms <em>Mms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mms</em>'.
	 * @see org.pagelab.model.mm.MMState#getMms()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_Mms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.pagelab.model.mm.MMState#getFiles()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_Files();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getSwapSlots <em>Swap Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Swap Slots</em>'.
	 * @see org.pagelab.model.mm.MMState#getSwapSlots()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_SwapSlots();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getLocks <em>Locks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Locks</em>'.
	 * @see org.pagelab.model.mm.MMState#getLocks()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_Locks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see org.pagelab.model.mm.MMState#getThreads()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.MMState#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.pagelab.model.mm.MMState#getValues()
	 * @see #getMMState()
	 * @generated
	 */
	EReference getMMState_Values();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Page <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page</em>'.
	 * @see org.pagelab.model.mm.Page
	 * @generated
	 */
	EClass getPage();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.Page#getName()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.pagelab.model.mm.Page#getPfn()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.pagelab.model.mm.Page#getOrder()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Order();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Page#getCompoundHead <em>Compound Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Compound Head</em>'.
	 * @see org.pagelab.model.mm.Page#getCompoundHead()
	 * @see #getPage()
	 * @generated
	 */
	EReference getPage_CompoundHead();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getRefcount <em>Refcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Refcount</em>'.
	 * @see org.pagelab.model.mm.Page#getRefcount()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Refcount();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getMapcount <em>Mapcount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapcount</em>'.
	 * @see org.pagelab.model.mm.Page#getMapcount()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Mapcount();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getPincount <em>Pincount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pincount</em>'.
	 * @see org.pagelab.model.mm.Page#getPincount()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Pincount();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.mm.Page#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.pagelab.model.mm.Page#getFlags()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Flags();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Page#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.pagelab.model.mm.Page#getMapping()
	 * @see #getPage()
	 * @generated
	 */
	EReference getPage_Mapping();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Page#getAnonVma <em>Anon Vma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Anon Vma</em>'.
	 * @see org.pagelab.model.mm.Page#getAnonVma()
	 * @see #getPage()
	 * @generated
	 */
	EReference getPage_AnonVma();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.pagelab.model.mm.Page#getIndex()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Index();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Page#getSwapSlot <em>Swap Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Swap Slot</em>'.
	 * @see org.pagelab.model.mm.Page#getSwapSlot()
	 * @see #getPage()
	 * @generated
	 */
	EReference getPage_SwapSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.pagelab.model.mm.Page#getData()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Data();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#isFree <em>Free</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Free</em>'.
	 * @see org.pagelab.model.mm.Page#isFree()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Free();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Page#isBuffers <em>Buffers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Buffers</em>'.
	 * @see org.pagelab.model.mm.Page#isBuffers()
	 * @see #getPage()
	 * @generated
	 */
	EAttribute getPage_Buffers();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.mm.Page#getLock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lock</em>'.
	 * @see org.pagelab.model.mm.Page#getLock()
	 * @see #getPage()
	 * @generated
	 */
	EReference getPage_Lock();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Mm <em>Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mm</em>'.
	 * @see org.pagelab.model.mm.Mm
	 * @generated
	 */
	EClass getMm();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Mm#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.Mm#getName()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Mm#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.pagelab.model.mm.Mm#getPid()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_Pid();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.Mm#getVmas <em>Vmas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vmas</em>'.
	 * @see org.pagelab.model.mm.Mm#getVmas()
	 * @see #getMm()
	 * @generated
	 */
	EReference getMm_Vmas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.Mm#getPmds <em>Pmds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pmds</em>'.
	 * @see org.pagelab.model.mm.Mm#getPmds()
	 * @see #getMm()
	 * @generated
	 */
	EReference getMm_Pmds();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.mm.Mm#getMmapLock <em>Mmap Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mmap Lock</em>'.
	 * @see org.pagelab.model.mm.Mm#getMmapLock()
	 * @see #getMm()
	 * @generated
	 */
	EReference getMm_MmapLock();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.mm.Mm#getUserfaultfd <em>Userfaultfd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Userfaultfd</em>'.
	 * @see org.pagelab.model.mm.Mm#getUserfaultfd()
	 * @see #getMm()
	 * @generated
	 */
	EReference getMm_Userfaultfd();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Mm#getRssAnon <em>Rss Anon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rss Anon</em>'.
	 * @see org.pagelab.model.mm.Mm#getRssAnon()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_RssAnon();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Mm#getRssFile <em>Rss File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rss File</em>'.
	 * @see org.pagelab.model.mm.Mm#getRssFile()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_RssFile();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Mm#getRssShmem <em>Rss Shmem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rss Shmem</em>'.
	 * @see org.pagelab.model.mm.Mm#getRssShmem()
	 * @see #getMm()
	 * @generated
	 */
	EAttribute getMm_RssShmem();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Vma <em>Vma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vma</em>'.
	 * @see org.pagelab.model.mm.Vma
	 * @generated
	 */
	EClass getVma();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Vma#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.Vma#getName()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Vma#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.pagelab.model.mm.Vma#getStart()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Vma#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.pagelab.model.mm.Vma#getEnd()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_End();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.mm.Vma#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Flags</em>'.
	 * @see org.pagelab.model.mm.Vma#getFlags()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Vma#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.mm.Vma#getKind()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Vma#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>File</em>'.
	 * @see org.pagelab.model.mm.Vma#getFile()
	 * @see #getVma()
	 * @generated
	 */
	EReference getVma_File();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Vma#getPgoff <em>Pgoff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pgoff</em>'.
	 * @see org.pagelab.model.mm.Vma#getPgoff()
	 * @see #getVma()
	 * @generated
	 */
	EAttribute getVma_Pgoff();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Pmd <em>Pmd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pmd</em>'.
	 * @see org.pagelab.model.mm.Pmd
	 * @generated
	 */
	EClass getPmd();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.pagelab.model.mm.Pmd#getAddress()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.mm.Pmd#getKind()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Pmd#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Page</em>'.
	 * @see org.pagelab.model.mm.Pmd#getPage()
	 * @see #getPmd()
	 * @generated
	 */
	EReference getPmd_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.pagelab.model.mm.Pmd#getPfn()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#isWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see org.pagelab.model.mm.Pmd#isWrite()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_Write();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#isDirty <em>Dirty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dirty</em>'.
	 * @see org.pagelab.model.mm.Pmd#isDirty()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_Dirty();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#isYoung <em>Young</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Young</em>'.
	 * @see org.pagelab.model.mm.Pmd#isYoung()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_Young();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pmd#isUffdWp <em>Uffd Wp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uffd Wp</em>'.
	 * @see org.pagelab.model.mm.Pmd#isUffdWp()
	 * @see #getPmd()
	 * @generated
	 */
	EAttribute getPmd_UffdWp();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.Pmd#getPtes <em>Ptes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ptes</em>'.
	 * @see org.pagelab.model.mm.Pmd#getPtes()
	 * @see #getPmd()
	 * @generated
	 */
	EReference getPmd_Ptes();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.mm.Pmd#getPtl <em>Ptl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ptl</em>'.
	 * @see org.pagelab.model.mm.Pmd#getPtl()
	 * @see #getPmd()
	 * @generated
	 */
	EReference getPmd_Ptl();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Pte <em>Pte</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pte</em>'.
	 * @see org.pagelab.model.mm.Pte
	 * @generated
	 */
	EClass getPte();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.pagelab.model.mm.Pte#getAddress()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.mm.Pte#getKind()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Pte#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Page</em>'.
	 * @see org.pagelab.model.mm.Pte#getPage()
	 * @see #getPte()
	 * @generated
	 */
	EReference getPte_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.pagelab.model.mm.Pte#getPfn()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Pfn();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#isWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see org.pagelab.model.mm.Pte#isWrite()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Write();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#isDirty <em>Dirty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dirty</em>'.
	 * @see org.pagelab.model.mm.Pte#isDirty()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Dirty();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#isYoung <em>Young</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Young</em>'.
	 * @see org.pagelab.model.mm.Pte#isYoung()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Young();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#isSoftDirty <em>Soft Dirty</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Soft Dirty</em>'.
	 * @see org.pagelab.model.mm.Pte#isSoftDirty()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_SoftDirty();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#isUffdWp <em>Uffd Wp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uffd Wp</em>'.
	 * @see org.pagelab.model.mm.Pte#isUffdWp()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_UffdWp();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#isExclusive <em>Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive</em>'.
	 * @see org.pagelab.model.mm.Pte#isExclusive()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Exclusive();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.Pte#getSwapSlot <em>Swap Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Swap Slot</em>'.
	 * @see org.pagelab.model.mm.Pte#getSwapSlot()
	 * @see #getPte()
	 * @generated
	 */
	EReference getPte_SwapSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Pte#getMarker <em>Marker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marker</em>'.
	 * @see org.pagelab.model.mm.Pte#getMarker()
	 * @see #getPte()
	 * @generated
	 */
	EAttribute getPte_Marker();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.File <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File</em>'.
	 * @see org.pagelab.model.mm.File
	 * @generated
	 */
	EClass getFile();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.File#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.File#getName()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.File#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.pagelab.model.mm.File#getPath()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.File#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.mm.File#getKind()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.File#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.pagelab.model.mm.File#getSize()
	 * @see #getFile()
	 * @generated
	 */
	EAttribute getFile_Size();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.File#getCache <em>Cache</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cache</em>'.
	 * @see org.pagelab.model.mm.File#getCache()
	 * @see #getFile()
	 * @generated
	 */
	EReference getFile_Cache();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.CacheEntry <em>Cache Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cache Entry</em>'.
	 * @see org.pagelab.model.mm.CacheEntry
	 * @generated
	 */
	EClass getCacheEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.CacheEntry#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.pagelab.model.mm.CacheEntry#getIndex()
	 * @see #getCacheEntry()
	 * @generated
	 */
	EAttribute getCacheEntry_Index();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.CacheEntry#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Page</em>'.
	 * @see org.pagelab.model.mm.CacheEntry#getPage()
	 * @see #getCacheEntry()
	 * @generated
	 */
	EReference getCacheEntry_Page();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.CacheEntry#getSwapSlot <em>Swap Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Swap Slot</em>'.
	 * @see org.pagelab.model.mm.CacheEntry#getSwapSlot()
	 * @see #getCacheEntry()
	 * @generated
	 */
	EReference getCacheEntry_SwapSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.CacheEntry#isShadow <em>Shadow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shadow</em>'.
	 * @see org.pagelab.model.mm.CacheEntry#isShadow()
	 * @see #getCacheEntry()
	 * @generated
	 */
	EAttribute getCacheEntry_Shadow();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.SwapSlot <em>Swap Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swap Slot</em>'.
	 * @see org.pagelab.model.mm.SwapSlot
	 * @generated
	 */
	EClass getSwapSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.SwapSlot#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.SwapSlot#getName()
	 * @see #getSwapSlot()
	 * @generated
	 */
	EAttribute getSwapSlot_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.SwapSlot#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.pagelab.model.mm.SwapSlot#getOffset()
	 * @see #getSwapSlot()
	 * @generated
	 */
	EAttribute getSwapSlot_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.SwapSlot#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.pagelab.model.mm.SwapSlot#getCount()
	 * @see #getSwapSlot()
	 * @generated
	 */
	EAttribute getSwapSlot_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.SwapSlot#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.pagelab.model.mm.SwapSlot#getData()
	 * @see #getSwapSlot()
	 * @generated
	 */
	EAttribute getSwapSlot_Data();

	/**
	 * Returns the meta object for the reference '{@link org.pagelab.model.mm.SwapSlot#getCachePage <em>Cache Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cache Page</em>'.
	 * @see org.pagelab.model.mm.SwapSlot#getCachePage()
	 * @see #getSwapSlot()
	 * @generated
	 */
	EReference getSwapSlot_CachePage();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Lock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lock</em>'.
	 * @see org.pagelab.model.mm.Lock
	 * @generated
	 */
	EClass getLock();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Lock#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.Lock#getName()
	 * @see #getLock()
	 * @generated
	 */
	EAttribute getLock_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Lock#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.mm.Lock#getKind()
	 * @see #getLock()
	 * @generated
	 */
	EAttribute getLock_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Lock#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.pagelab.model.mm.Lock#getMode()
	 * @see #getLock()
	 * @generated
	 */
	EAttribute getLock_Mode();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.mm.Lock#getHolders <em>Holders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Holders</em>'.
	 * @see org.pagelab.model.mm.Lock#getHolders()
	 * @see #getLock()
	 * @generated
	 */
	EAttribute getLock_Holders();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.Userfaultfd <em>Userfaultfd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Userfaultfd</em>'.
	 * @see org.pagelab.model.mm.Userfaultfd
	 * @generated
	 */
	EClass getUserfaultfd();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Userfaultfd#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.Userfaultfd#getName()
	 * @see #getUserfaultfd()
	 * @generated
	 */
	EAttribute getUserfaultfd_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Userfaultfd#isMissing <em>Missing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing</em>'.
	 * @see org.pagelab.model.mm.Userfaultfd#isMissing()
	 * @see #getUserfaultfd()
	 * @generated
	 */
	EAttribute getUserfaultfd_Missing();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.Userfaultfd#isWp <em>Wp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wp</em>'.
	 * @see org.pagelab.model.mm.Userfaultfd#isWp()
	 * @see #getUserfaultfd()
	 * @generated
	 */
	EAttribute getUserfaultfd_Wp();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.Userfaultfd#getPending <em>Pending</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pending</em>'.
	 * @see org.pagelab.model.mm.Userfaultfd#getPending()
	 * @see #getUserfaultfd()
	 * @generated
	 */
	EReference getUserfaultfd_Pending();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.UffdMessage <em>Uffd Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uffd Message</em>'.
	 * @see org.pagelab.model.mm.UffdMessage
	 * @generated
	 */
	EClass getUffdMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.UffdMessage#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.pagelab.model.mm.UffdMessage#getAddress()
	 * @see #getUffdMessage()
	 * @generated
	 */
	EAttribute getUffdMessage_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.UffdMessage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.mm.UffdMessage#getKind()
	 * @see #getUffdMessage()
	 * @generated
	 */
	EAttribute getUffdMessage_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.UffdMessage#getThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread</em>'.
	 * @see org.pagelab.model.mm.UffdMessage#getThread()
	 * @see #getUffdMessage()
	 * @generated
	 */
	EAttribute getUffdMessage_Thread();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.ThreadState <em>Thread State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Thread State</em>'.
	 * @see org.pagelab.model.mm.ThreadState
	 * @generated
	 */
	EClass getThreadState();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.ThreadState#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.ThreadState#getName()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.ThreadState#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.pagelab.model.mm.ThreadState#getIndex()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.ThreadState#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.pagelab.model.mm.ThreadState#getStatus()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.ThreadState#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.pagelab.model.mm.ThreadState#getLocation()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Location();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.mm.ThreadState#getStack <em>Stack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Stack</em>'.
	 * @see org.pagelab.model.mm.ThreadState#getStack()
	 * @see #getThreadState()
	 * @generated
	 */
	EAttribute getThreadState_Stack();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.mm.ThreadState#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registers</em>'.
	 * @see org.pagelab.model.mm.ThreadState#getRegisters()
	 * @see #getThreadState()
	 * @generated
	 */
	EReference getThreadState_Registers();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.mm.NamedValue <em>Named Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Value</em>'.
	 * @see org.pagelab.model.mm.NamedValue
	 * @generated
	 */
	EClass getNamedValue();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.NamedValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.mm.NamedValue#getName()
	 * @see #getNamedValue()
	 * @generated
	 */
	EAttribute getNamedValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.mm.NamedValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.pagelab.model.mm.NamedValue#getValue()
	 * @see #getNamedValue()
	 * @generated
	 */
	EAttribute getNamedValue_Value();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.PageFlag <em>Page Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Page Flag</em>'.
	 * @see org.pagelab.model.mm.PageFlag
	 * @generated
	 */
	EEnum getPageFlag();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.VmFlag <em>Vm Flag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vm Flag</em>'.
	 * @see org.pagelab.model.mm.VmFlag
	 * @generated
	 */
	EEnum getVmFlag();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.VmaKind <em>Vma Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vma Kind</em>'.
	 * @see org.pagelab.model.mm.VmaKind
	 * @generated
	 */
	EEnum getVmaKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.PmdKind <em>Pmd Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pmd Kind</em>'.
	 * @see org.pagelab.model.mm.PmdKind
	 * @generated
	 */
	EEnum getPmdKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.PteKind <em>Pte Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pte Kind</em>'.
	 * @see org.pagelab.model.mm.PteKind
	 * @generated
	 */
	EEnum getPteKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.FileKind <em>File Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>File Kind</em>'.
	 * @see org.pagelab.model.mm.FileKind
	 * @generated
	 */
	EEnum getFileKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.LockKind <em>Lock Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Kind</em>'.
	 * @see org.pagelab.model.mm.LockKind
	 * @generated
	 */
	EEnum getLockKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.LockMode <em>Lock Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lock Mode</em>'.
	 * @see org.pagelab.model.mm.LockMode
	 * @generated
	 */
	EEnum getLockMode();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.mm.ThreadStatus <em>Thread Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Thread Status</em>'.
	 * @see org.pagelab.model.mm.ThreadStatus
	 * @generated
	 */
	EEnum getThreadStatus();

	/**
	 * Returns the meta object for data type '<em>Hex</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A 64-bit number kernel developers read in hex (pfn, address, offset): saved as 0x..., read as 0x... or decimal.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Hex</em>'.
	 * @model instanceClass="long"
	 * @generated
	 */
	EDataType getHex();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MmFactory getMmFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.MMStateImpl <em>MM State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.MMStateImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getMMState()
		 * @generated
		 */
		EClass MM_STATE = eINSTANCE.getMMState();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_STATE__NAME = eINSTANCE.getMMState_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_STATE__DESCRIPTION = eINSTANCE.getMMState_Description();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM_STATE__STEP = eINSTANCE.getMMState_Step();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__PAGES = eINSTANCE.getMMState_Pages();

		/**
		 * The meta object literal for the '<em><b>Mms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__MMS = eINSTANCE.getMMState_Mms();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__FILES = eINSTANCE.getMMState_Files();

		/**
		 * The meta object literal for the '<em><b>Swap Slots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__SWAP_SLOTS = eINSTANCE.getMMState_SwapSlots();

		/**
		 * The meta object literal for the '<em><b>Locks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__LOCKS = eINSTANCE.getMMState_Locks();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__THREADS = eINSTANCE.getMMState_Threads();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM_STATE__VALUES = eINSTANCE.getMMState_Values();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.PageImpl <em>Page</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.PageImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPage()
		 * @generated
		 */
		EClass PAGE = eINSTANCE.getPage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__NAME = eINSTANCE.getPage_Name();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__PFN = eINSTANCE.getPage_Pfn();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__ORDER = eINSTANCE.getPage_Order();

		/**
		 * The meta object literal for the '<em><b>Compound Head</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE__COMPOUND_HEAD = eINSTANCE.getPage_CompoundHead();

		/**
		 * The meta object literal for the '<em><b>Refcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__REFCOUNT = eINSTANCE.getPage_Refcount();

		/**
		 * The meta object literal for the '<em><b>Mapcount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__MAPCOUNT = eINSTANCE.getPage_Mapcount();

		/**
		 * The meta object literal for the '<em><b>Pincount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__PINCOUNT = eINSTANCE.getPage_Pincount();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__FLAGS = eINSTANCE.getPage_Flags();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE__MAPPING = eINSTANCE.getPage_Mapping();

		/**
		 * The meta object literal for the '<em><b>Anon Vma</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE__ANON_VMA = eINSTANCE.getPage_AnonVma();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__INDEX = eINSTANCE.getPage_Index();

		/**
		 * The meta object literal for the '<em><b>Swap Slot</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE__SWAP_SLOT = eINSTANCE.getPage_SwapSlot();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__DATA = eINSTANCE.getPage_Data();

		/**
		 * The meta object literal for the '<em><b>Free</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__FREE = eINSTANCE.getPage_Free();

		/**
		 * The meta object literal for the '<em><b>Buffers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE__BUFFERS = eINSTANCE.getPage_Buffers();

		/**
		 * The meta object literal for the '<em><b>Lock</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE__LOCK = eINSTANCE.getPage_Lock();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.MmImpl <em>Mm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.MmImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getMm()
		 * @generated
		 */
		EClass MM = eINSTANCE.getMm();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__NAME = eINSTANCE.getMm_Name();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__PID = eINSTANCE.getMm_Pid();

		/**
		 * The meta object literal for the '<em><b>Vmas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM__VMAS = eINSTANCE.getMm_Vmas();

		/**
		 * The meta object literal for the '<em><b>Pmds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM__PMDS = eINSTANCE.getMm_Pmds();

		/**
		 * The meta object literal for the '<em><b>Mmap Lock</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM__MMAP_LOCK = eINSTANCE.getMm_MmapLock();

		/**
		 * The meta object literal for the '<em><b>Userfaultfd</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MM__USERFAULTFD = eINSTANCE.getMm_Userfaultfd();

		/**
		 * The meta object literal for the '<em><b>Rss Anon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__RSS_ANON = eINSTANCE.getMm_RssAnon();

		/**
		 * The meta object literal for the '<em><b>Rss File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__RSS_FILE = eINSTANCE.getMm_RssFile();

		/**
		 * The meta object literal for the '<em><b>Rss Shmem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MM__RSS_SHMEM = eINSTANCE.getMm_RssShmem();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.VmaImpl <em>Vma</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.VmaImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getVma()
		 * @generated
		 */
		EClass VMA = eINSTANCE.getVma();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__NAME = eINSTANCE.getVma_Name();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__START = eINSTANCE.getVma_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__END = eINSTANCE.getVma_End();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__FLAGS = eINSTANCE.getVma_Flags();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__KIND = eINSTANCE.getVma_Kind();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMA__FILE = eINSTANCE.getVma_File();

		/**
		 * The meta object literal for the '<em><b>Pgoff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA__PGOFF = eINSTANCE.getVma_Pgoff();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.PmdImpl <em>Pmd</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.PmdImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPmd()
		 * @generated
		 */
		EClass PMD = eINSTANCE.getPmd();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__ADDRESS = eINSTANCE.getPmd_Address();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__KIND = eINSTANCE.getPmd_Kind();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PMD__PAGE = eINSTANCE.getPmd_Page();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__PFN = eINSTANCE.getPmd_Pfn();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__WRITE = eINSTANCE.getPmd_Write();

		/**
		 * The meta object literal for the '<em><b>Dirty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__DIRTY = eINSTANCE.getPmd_Dirty();

		/**
		 * The meta object literal for the '<em><b>Young</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__YOUNG = eINSTANCE.getPmd_Young();

		/**
		 * The meta object literal for the '<em><b>Uffd Wp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PMD__UFFD_WP = eINSTANCE.getPmd_UffdWp();

		/**
		 * The meta object literal for the '<em><b>Ptes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PMD__PTES = eINSTANCE.getPmd_Ptes();

		/**
		 * The meta object literal for the '<em><b>Ptl</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PMD__PTL = eINSTANCE.getPmd_Ptl();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.PteImpl <em>Pte</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.PteImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPte()
		 * @generated
		 */
		EClass PTE = eINSTANCE.getPte();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__ADDRESS = eINSTANCE.getPte_Address();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__KIND = eINSTANCE.getPte_Kind();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PTE__PAGE = eINSTANCE.getPte_Page();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__PFN = eINSTANCE.getPte_Pfn();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__WRITE = eINSTANCE.getPte_Write();

		/**
		 * The meta object literal for the '<em><b>Dirty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__DIRTY = eINSTANCE.getPte_Dirty();

		/**
		 * The meta object literal for the '<em><b>Young</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__YOUNG = eINSTANCE.getPte_Young();

		/**
		 * The meta object literal for the '<em><b>Soft Dirty</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__SOFT_DIRTY = eINSTANCE.getPte_SoftDirty();

		/**
		 * The meta object literal for the '<em><b>Uffd Wp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__UFFD_WP = eINSTANCE.getPte_UffdWp();

		/**
		 * The meta object literal for the '<em><b>Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__EXCLUSIVE = eINSTANCE.getPte_Exclusive();

		/**
		 * The meta object literal for the '<em><b>Swap Slot</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PTE__SWAP_SLOT = eINSTANCE.getPte_SwapSlot();

		/**
		 * The meta object literal for the '<em><b>Marker</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PTE__MARKER = eINSTANCE.getPte_Marker();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.FileImpl <em>File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.FileImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getFile()
		 * @generated
		 */
		EClass FILE = eINSTANCE.getFile();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__NAME = eINSTANCE.getFile_Name();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__PATH = eINSTANCE.getFile_Path();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__KIND = eINSTANCE.getFile_Kind();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE__SIZE = eINSTANCE.getFile_Size();

		/**
		 * The meta object literal for the '<em><b>Cache</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE__CACHE = eINSTANCE.getFile_Cache();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.CacheEntryImpl <em>Cache Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.CacheEntryImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getCacheEntry()
		 * @generated
		 */
		EClass CACHE_ENTRY = eINSTANCE.getCacheEntry();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_ENTRY__INDEX = eINSTANCE.getCacheEntry_Index();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CACHE_ENTRY__PAGE = eINSTANCE.getCacheEntry_Page();

		/**
		 * The meta object literal for the '<em><b>Swap Slot</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CACHE_ENTRY__SWAP_SLOT = eINSTANCE.getCacheEntry_SwapSlot();

		/**
		 * The meta object literal for the '<em><b>Shadow</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CACHE_ENTRY__SHADOW = eINSTANCE.getCacheEntry_Shadow();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.SwapSlotImpl <em>Swap Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.SwapSlotImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getSwapSlot()
		 * @generated
		 */
		EClass SWAP_SLOT = eINSTANCE.getSwapSlot();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWAP_SLOT__NAME = eINSTANCE.getSwapSlot_Name();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWAP_SLOT__OFFSET = eINSTANCE.getSwapSlot_Offset();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWAP_SLOT__COUNT = eINSTANCE.getSwapSlot_Count();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWAP_SLOT__DATA = eINSTANCE.getSwapSlot_Data();

		/**
		 * The meta object literal for the '<em><b>Cache Page</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWAP_SLOT__CACHE_PAGE = eINSTANCE.getSwapSlot_CachePage();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.LockImpl <em>Lock</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.LockImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getLock()
		 * @generated
		 */
		EClass LOCK = eINSTANCE.getLock();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK__NAME = eINSTANCE.getLock_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK__KIND = eINSTANCE.getLock_Kind();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK__MODE = eINSTANCE.getLock_Mode();

		/**
		 * The meta object literal for the '<em><b>Holders</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCK__HOLDERS = eINSTANCE.getLock_Holders();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.UserfaultfdImpl <em>Userfaultfd</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.UserfaultfdImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getUserfaultfd()
		 * @generated
		 */
		EClass USERFAULTFD = eINSTANCE.getUserfaultfd();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERFAULTFD__NAME = eINSTANCE.getUserfaultfd_Name();

		/**
		 * The meta object literal for the '<em><b>Missing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERFAULTFD__MISSING = eINSTANCE.getUserfaultfd_Missing();

		/**
		 * The meta object literal for the '<em><b>Wp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USERFAULTFD__WP = eINSTANCE.getUserfaultfd_Wp();

		/**
		 * The meta object literal for the '<em><b>Pending</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USERFAULTFD__PENDING = eINSTANCE.getUserfaultfd_Pending();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.UffdMessageImpl <em>Uffd Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.UffdMessageImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getUffdMessage()
		 * @generated
		 */
		EClass UFFD_MESSAGE = eINSTANCE.getUffdMessage();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UFFD_MESSAGE__ADDRESS = eINSTANCE.getUffdMessage_Address();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UFFD_MESSAGE__KIND = eINSTANCE.getUffdMessage_Kind();

		/**
		 * The meta object literal for the '<em><b>Thread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UFFD_MESSAGE__THREAD = eINSTANCE.getUffdMessage_Thread();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.ThreadStateImpl <em>Thread State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.ThreadStateImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getThreadState()
		 * @generated
		 */
		EClass THREAD_STATE = eINSTANCE.getThreadState();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__NAME = eINSTANCE.getThreadState_Name();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__INDEX = eINSTANCE.getThreadState_Index();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__STATUS = eINSTANCE.getThreadState_Status();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__LOCATION = eINSTANCE.getThreadState_Location();

		/**
		 * The meta object literal for the '<em><b>Stack</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_STATE__STACK = eINSTANCE.getThreadState_Stack();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THREAD_STATE__REGISTERS = eINSTANCE.getThreadState_Registers();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.impl.NamedValueImpl <em>Named Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.NamedValueImpl
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getNamedValue()
		 * @generated
		 */
		EClass NAMED_VALUE = eINSTANCE.getNamedValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_VALUE__NAME = eINSTANCE.getNamedValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_VALUE__VALUE = eINSTANCE.getNamedValue_Value();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.PageFlag <em>Page Flag</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.PageFlag
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPageFlag()
		 * @generated
		 */
		EEnum PAGE_FLAG = eINSTANCE.getPageFlag();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.VmFlag <em>Vm Flag</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.VmFlag
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getVmFlag()
		 * @generated
		 */
		EEnum VM_FLAG = eINSTANCE.getVmFlag();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.VmaKind <em>Vma Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.VmaKind
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getVmaKind()
		 * @generated
		 */
		EEnum VMA_KIND = eINSTANCE.getVmaKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.PmdKind <em>Pmd Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.PmdKind
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPmdKind()
		 * @generated
		 */
		EEnum PMD_KIND = eINSTANCE.getPmdKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.PteKind <em>Pte Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.PteKind
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getPteKind()
		 * @generated
		 */
		EEnum PTE_KIND = eINSTANCE.getPteKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.FileKind <em>File Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.FileKind
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getFileKind()
		 * @generated
		 */
		EEnum FILE_KIND = eINSTANCE.getFileKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.LockKind <em>Lock Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.LockKind
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getLockKind()
		 * @generated
		 */
		EEnum LOCK_KIND = eINSTANCE.getLockKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.LockMode <em>Lock Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.LockMode
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getLockMode()
		 * @generated
		 */
		EEnum LOCK_MODE = eINSTANCE.getLockMode();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.mm.ThreadStatus <em>Thread Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.ThreadStatus
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getThreadStatus()
		 * @generated
		 */
		EEnum THREAD_STATUS = eINSTANCE.getThreadStatus();

		/**
		 * The meta object literal for the '<em>Hex</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.mm.impl.MmPackageImpl#getHex()
		 * @generated
		 */
		EDataType HEX = eINSTANCE.getHex();

	}

} //MmPackage
