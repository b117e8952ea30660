/**
 */
package org.pagelab.model.mm.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.File;
import org.pagelab.model.mm.FileKind;
import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.LockKind;
import org.pagelab.model.mm.LockMode;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.MmFactory;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.NamedValue;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.PmdKind;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.ThreadState;
import org.pagelab.model.mm.ThreadStatus;
import org.pagelab.model.mm.UffdMessage;
import org.pagelab.model.mm.Userfaultfd;
import org.pagelab.model.mm.VmFlag;
import org.pagelab.model.mm.Vma;
import org.pagelab.model.mm.VmaKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MmPackageImpl extends EPackageImpl implements MmPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mmStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vmaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pmdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cacheEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass swapSlotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userfaultfdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uffdMessageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass threadStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pageFlagEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vmFlagEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vmaKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pmdKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pteKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fileKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lockModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum threadStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType hexEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.pagelab.model.mm.MmPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private MmPackageImpl() {
		super(eNS_URI, MmFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link MmPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static MmPackage init() {
		if (isInited) return (MmPackage)EPackage.Registry.INSTANCE.getEPackage(MmPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredMmPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		MmPackageImpl theMmPackage = registeredMmPackage instanceof MmPackageImpl ? (MmPackageImpl)registeredMmPackage : new MmPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theMmPackage.createPackageContents();

		// Initialize created meta-data
		theMmPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theMmPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(MmPackage.eNS_URI, theMmPackage);
		return theMmPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMMState() {
		return mmStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMMState_Name() {
		return (EAttribute)mmStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMMState_Description() {
		return (EAttribute)mmStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMMState_Step() {
		return (EAttribute)mmStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_Pages() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_Mms() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_Files() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_SwapSlots() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_Locks() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_Threads() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMMState_Values() {
		return (EReference)mmStateEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPage() {
		return pageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Name() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Pfn() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Order() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPage_CompoundHead() {
		return (EReference)pageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Refcount() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Mapcount() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Pincount() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Flags() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPage_Mapping() {
		return (EReference)pageEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPage_AnonVma() {
		return (EReference)pageEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Index() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPage_SwapSlot() {
		return (EReference)pageEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Data() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Free() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPage_Buffers() {
		return (EAttribute)pageEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPage_Lock() {
		return (EReference)pageEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMm() {
		return mmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMm_Name() {
		return (EAttribute)mmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMm_Pid() {
		return (EAttribute)mmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMm_Vmas() {
		return (EReference)mmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMm_Pmds() {
		return (EReference)mmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMm_MmapLock() {
		return (EReference)mmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMm_Userfaultfd() {
		return (EReference)mmEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMm_RssAnon() {
		return (EAttribute)mmEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMm_RssFile() {
		return (EAttribute)mmEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMm_RssShmem() {
		return (EAttribute)mmEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVma() {
		return vmaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVma_Name() {
		return (EAttribute)vmaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVma_Start() {
		return (EAttribute)vmaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVma_End() {
		return (EAttribute)vmaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVma_Flags() {
		return (EAttribute)vmaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVma_Kind() {
		return (EAttribute)vmaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVma_File() {
		return (EReference)vmaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVma_Pgoff() {
		return (EAttribute)vmaEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPmd() {
		return pmdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_Address() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_Kind() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPmd_Page() {
		return (EReference)pmdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_Pfn() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_Write() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_Dirty() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_Young() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPmd_UffdWp() {
		return (EAttribute)pmdEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPmd_Ptes() {
		return (EReference)pmdEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPmd_Ptl() {
		return (EReference)pmdEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPte() {
		return pteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Address() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Kind() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPte_Page() {
		return (EReference)pteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Pfn() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Write() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Dirty() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Young() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_SoftDirty() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_UffdWp() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Exclusive() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPte_SwapSlot() {
		return (EReference)pteEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPte_Marker() {
		return (EAttribute)pteEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFile() {
		return fileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFile_Name() {
		return (EAttribute)fileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFile_Path() {
		return (EAttribute)fileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFile_Kind() {
		return (EAttribute)fileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFile_Size() {
		return (EAttribute)fileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFile_Cache() {
		return (EReference)fileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCacheEntry() {
		return cacheEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheEntry_Index() {
		return (EAttribute)cacheEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCacheEntry_Page() {
		return (EReference)cacheEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCacheEntry_SwapSlot() {
		return (EReference)cacheEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCacheEntry_Shadow() {
		return (EAttribute)cacheEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwapSlot() {
		return swapSlotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwapSlot_Name() {
		return (EAttribute)swapSlotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwapSlot_Offset() {
		return (EAttribute)swapSlotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwapSlot_Count() {
		return (EAttribute)swapSlotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwapSlot_Data() {
		return (EAttribute)swapSlotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwapSlot_CachePage() {
		return (EReference)swapSlotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLock() {
		return lockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLock_Name() {
		return (EAttribute)lockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLock_Kind() {
		return (EAttribute)lockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLock_Mode() {
		return (EAttribute)lockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLock_Holders() {
		return (EAttribute)lockEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUserfaultfd() {
		return userfaultfdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserfaultfd_Name() {
		return (EAttribute)userfaultfdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserfaultfd_Missing() {
		return (EAttribute)userfaultfdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUserfaultfd_Wp() {
		return (EAttribute)userfaultfdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUserfaultfd_Pending() {
		return (EReference)userfaultfdEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUffdMessage() {
		return uffdMessageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUffdMessage_Address() {
		return (EAttribute)uffdMessageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUffdMessage_Kind() {
		return (EAttribute)uffdMessageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUffdMessage_Thread() {
		return (EAttribute)uffdMessageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThreadState() {
		return threadStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Name() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Index() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Status() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Location() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadState_Stack() {
		return (EAttribute)threadStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getThreadState_Registers() {
		return (EReference)threadStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedValue() {
		return namedValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedValue_Name() {
		return (EAttribute)namedValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedValue_Value() {
		return (EAttribute)namedValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPageFlag() {
		return pageFlagEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVmFlag() {
		return vmFlagEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVmaKind() {
		return vmaKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPmdKind() {
		return pmdKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPteKind() {
		return pteKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFileKind() {
		return fileKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockKind() {
		return lockKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLockMode() {
		return lockModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getThreadStatus() {
		return threadStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getHex() {
		return hexEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MmFactory getMmFactory() {
		return (MmFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		mmStateEClass = createEClass(MM_STATE);
		createEAttribute(mmStateEClass, MM_STATE__NAME);
		createEAttribute(mmStateEClass, MM_STATE__DESCRIPTION);
		createEAttribute(mmStateEClass, MM_STATE__STEP);
		createEReference(mmStateEClass, MM_STATE__PAGES);
		createEReference(mmStateEClass, MM_STATE__MMS);
		createEReference(mmStateEClass, MM_STATE__FILES);
		createEReference(mmStateEClass, MM_STATE__SWAP_SLOTS);
		createEReference(mmStateEClass, MM_STATE__LOCKS);
		createEReference(mmStateEClass, MM_STATE__THREADS);
		createEReference(mmStateEClass, MM_STATE__VALUES);

		pageEClass = createEClass(PAGE);
		createEAttribute(pageEClass, PAGE__NAME);
		createEAttribute(pageEClass, PAGE__PFN);
		createEAttribute(pageEClass, PAGE__ORDER);
		createEReference(pageEClass, PAGE__COMPOUND_HEAD);
		createEAttribute(pageEClass, PAGE__REFCOUNT);
		createEAttribute(pageEClass, PAGE__MAPCOUNT);
		createEAttribute(pageEClass, PAGE__PINCOUNT);
		createEAttribute(pageEClass, PAGE__FLAGS);
		createEReference(pageEClass, PAGE__MAPPING);
		createEReference(pageEClass, PAGE__ANON_VMA);
		createEAttribute(pageEClass, PAGE__INDEX);
		createEReference(pageEClass, PAGE__SWAP_SLOT);
		createEAttribute(pageEClass, PAGE__DATA);
		createEAttribute(pageEClass, PAGE__FREE);
		createEAttribute(pageEClass, PAGE__BUFFERS);
		createEReference(pageEClass, PAGE__LOCK);

		mmEClass = createEClass(MM);
		createEAttribute(mmEClass, MM__NAME);
		createEAttribute(mmEClass, MM__PID);
		createEReference(mmEClass, MM__VMAS);
		createEReference(mmEClass, MM__PMDS);
		createEReference(mmEClass, MM__MMAP_LOCK);
		createEReference(mmEClass, MM__USERFAULTFD);
		createEAttribute(mmEClass, MM__RSS_ANON);
		createEAttribute(mmEClass, MM__RSS_FILE);
		createEAttribute(mmEClass, MM__RSS_SHMEM);

		vmaEClass = createEClass(VMA);
		createEAttribute(vmaEClass, VMA__NAME);
		createEAttribute(vmaEClass, VMA__START);
		createEAttribute(vmaEClass, VMA__END);
		createEAttribute(vmaEClass, VMA__FLAGS);
		createEAttribute(vmaEClass, VMA__KIND);
		createEReference(vmaEClass, VMA__FILE);
		createEAttribute(vmaEClass, VMA__PGOFF);

		pmdEClass = createEClass(PMD);
		createEAttribute(pmdEClass, PMD__ADDRESS);
		createEAttribute(pmdEClass, PMD__KIND);
		createEReference(pmdEClass, PMD__PAGE);
		createEAttribute(pmdEClass, PMD__PFN);
		createEAttribute(pmdEClass, PMD__WRITE);
		createEAttribute(pmdEClass, PMD__DIRTY);
		createEAttribute(pmdEClass, PMD__YOUNG);
		createEAttribute(pmdEClass, PMD__UFFD_WP);
		createEReference(pmdEClass, PMD__PTES);
		createEReference(pmdEClass, PMD__PTL);

		pteEClass = createEClass(PTE);
		createEAttribute(pteEClass, PTE__ADDRESS);
		createEAttribute(pteEClass, PTE__KIND);
		createEReference(pteEClass, PTE__PAGE);
		createEAttribute(pteEClass, PTE__PFN);
		createEAttribute(pteEClass, PTE__WRITE);
		createEAttribute(pteEClass, PTE__DIRTY);
		createEAttribute(pteEClass, PTE__YOUNG);
		createEAttribute(pteEClass, PTE__SOFT_DIRTY);
		createEAttribute(pteEClass, PTE__UFFD_WP);
		createEAttribute(pteEClass, PTE__EXCLUSIVE);
		createEReference(pteEClass, PTE__SWAP_SLOT);
		createEAttribute(pteEClass, PTE__MARKER);

		fileEClass = createEClass(FILE);
		createEAttribute(fileEClass, FILE__NAME);
		createEAttribute(fileEClass, FILE__PATH);
		createEAttribute(fileEClass, FILE__KIND);
		createEAttribute(fileEClass, FILE__SIZE);
		createEReference(fileEClass, FILE__CACHE);

		cacheEntryEClass = createEClass(CACHE_ENTRY);
		createEAttribute(cacheEntryEClass, CACHE_ENTRY__INDEX);
		createEReference(cacheEntryEClass, CACHE_ENTRY__PAGE);
		createEReference(cacheEntryEClass, CACHE_ENTRY__SWAP_SLOT);
		createEAttribute(cacheEntryEClass, CACHE_ENTRY__SHADOW);

		swapSlotEClass = createEClass(SWAP_SLOT);
		createEAttribute(swapSlotEClass, SWAP_SLOT__NAME);
		createEAttribute(swapSlotEClass, SWAP_SLOT__OFFSET);
		createEAttribute(swapSlotEClass, SWAP_SLOT__COUNT);
		createEAttribute(swapSlotEClass, SWAP_SLOT__DATA);
		createEReference(swapSlotEClass, SWAP_SLOT__CACHE_PAGE);

		lockEClass = createEClass(LOCK);
		createEAttribute(lockEClass, LOCK__NAME);
		createEAttribute(lockEClass, LOCK__KIND);
		createEAttribute(lockEClass, LOCK__MODE);
		createEAttribute(lockEClass, LOCK__HOLDERS);

		userfaultfdEClass = createEClass(USERFAULTFD);
		createEAttribute(userfaultfdEClass, USERFAULTFD__NAME);
		createEAttribute(userfaultfdEClass, USERFAULTFD__MISSING);
		createEAttribute(userfaultfdEClass, USERFAULTFD__WP);
		createEReference(userfaultfdEClass, USERFAULTFD__PENDING);

		uffdMessageEClass = createEClass(UFFD_MESSAGE);
		createEAttribute(uffdMessageEClass, UFFD_MESSAGE__ADDRESS);
		createEAttribute(uffdMessageEClass, UFFD_MESSAGE__KIND);
		createEAttribute(uffdMessageEClass, UFFD_MESSAGE__THREAD);

		threadStateEClass = createEClass(THREAD_STATE);
		createEAttribute(threadStateEClass, THREAD_STATE__NAME);
		createEAttribute(threadStateEClass, THREAD_STATE__INDEX);
		createEAttribute(threadStateEClass, THREAD_STATE__STATUS);
		createEAttribute(threadStateEClass, THREAD_STATE__LOCATION);
		createEAttribute(threadStateEClass, THREAD_STATE__STACK);
		createEReference(threadStateEClass, THREAD_STATE__REGISTERS);

		namedValueEClass = createEClass(NAMED_VALUE);
		createEAttribute(namedValueEClass, NAMED_VALUE__NAME);
		createEAttribute(namedValueEClass, NAMED_VALUE__VALUE);

		// Create enums
		pageFlagEEnum = createEEnum(PAGE_FLAG);
		vmFlagEEnum = createEEnum(VM_FLAG);
		vmaKindEEnum = createEEnum(VMA_KIND);
		pmdKindEEnum = createEEnum(PMD_KIND);
		pteKindEEnum = createEEnum(PTE_KIND);
		fileKindEEnum = createEEnum(FILE_KIND);
		lockKindEEnum = createEEnum(LOCK_KIND);
		lockModeEEnum = createEEnum(LOCK_MODE);
		threadStatusEEnum = createEEnum(THREAD_STATUS);

		// Create data types
		hexEDataType = createEDataType(HEX);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(mmStateEClass, MMState.class, "MMState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMMState_Name(), ecorePackage.getEString(), "name", null, 0, 1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMMState_Description(), ecorePackage.getEString(), "description", null, 0, 1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMMState_Step(), ecorePackage.getEInt(), "step", "-1", 0, 1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_Pages(), this.getPage(), null, "pages", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_Mms(), this.getMm(), null, "mms", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_Files(), this.getFile(), null, "files", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_SwapSlots(), this.getSwapSlot(), null, "swapSlots", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_Locks(), this.getLock(), null, "locks", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_Threads(), this.getThreadState(), null, "threads", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMMState_Values(), this.getNamedValue(), null, "values", null, 0, -1, MMState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pageEClass, Page.class, "Page", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPage_Name(), ecorePackage.getEString(), "name", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Pfn(), this.getHex(), "pfn", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Order(), ecorePackage.getEInt(), "order", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPage_CompoundHead(), this.getPage(), null, "compoundHead", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Refcount(), ecorePackage.getEInt(), "refcount", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Mapcount(), ecorePackage.getEInt(), "mapcount", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Pincount(), ecorePackage.getEInt(), "pincount", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Flags(), this.getPageFlag(), "flags", null, 0, -1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPage_Mapping(), this.getFile(), null, "mapping", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPage_AnonVma(), this.getVma(), null, "anonVma", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Index(), this.getHex(), "index", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPage_SwapSlot(), this.getSwapSlot(), null, "swapSlot", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Data(), ecorePackage.getEString(), "data", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Free(), ecorePackage.getEBoolean(), "free", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPage_Buffers(), ecorePackage.getEBoolean(), "buffers", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPage_Lock(), this.getLock(), null, "lock", null, 0, 1, Page.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mmEClass, Mm.class, "Mm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMm_Name(), ecorePackage.getEString(), "name", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMm_Pid(), ecorePackage.getEInt(), "pid", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMm_Vmas(), this.getVma(), null, "vmas", null, 0, -1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMm_Pmds(), this.getPmd(), null, "pmds", null, 0, -1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMm_MmapLock(), this.getLock(), null, "mmapLock", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMm_Userfaultfd(), this.getUserfaultfd(), null, "userfaultfd", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMm_RssAnon(), ecorePackage.getEInt(), "rssAnon", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMm_RssFile(), ecorePackage.getEInt(), "rssFile", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMm_RssShmem(), ecorePackage.getEInt(), "rssShmem", null, 0, 1, Mm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vmaEClass, Vma.class, "Vma", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVma_Name(), ecorePackage.getEString(), "name", null, 0, 1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVma_Start(), this.getHex(), "start", null, 0, 1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVma_End(), this.getHex(), "end", null, 0, 1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVma_Flags(), this.getVmFlag(), "flags", null, 0, -1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVma_Kind(), this.getVmaKind(), "kind", null, 0, 1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVma_File(), this.getFile(), null, "file", null, 0, 1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVma_Pgoff(), this.getHex(), "pgoff", null, 0, 1, Vma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pmdEClass, Pmd.class, "Pmd", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPmd_Address(), this.getHex(), "address", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPmd_Kind(), this.getPmdKind(), "kind", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPmd_Page(), this.getPage(), null, "page", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPmd_Pfn(), this.getHex(), "pfn", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPmd_Write(), ecorePackage.getEBoolean(), "write", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPmd_Dirty(), ecorePackage.getEBoolean(), "dirty", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPmd_Young(), ecorePackage.getEBoolean(), "young", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPmd_UffdWp(), ecorePackage.getEBoolean(), "uffdWp", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPmd_Ptes(), this.getPte(), null, "ptes", null, 0, -1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPmd_Ptl(), this.getLock(), null, "ptl", null, 0, 1, Pmd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pteEClass, Pte.class, "Pte", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPte_Address(), this.getHex(), "address", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Kind(), this.getPteKind(), "kind", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPte_Page(), this.getPage(), null, "page", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Pfn(), this.getHex(), "pfn", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Write(), ecorePackage.getEBoolean(), "write", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Dirty(), ecorePackage.getEBoolean(), "dirty", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Young(), ecorePackage.getEBoolean(), "young", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_SoftDirty(), ecorePackage.getEBoolean(), "softDirty", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_UffdWp(), ecorePackage.getEBoolean(), "uffdWp", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Exclusive(), ecorePackage.getEBoolean(), "exclusive", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPte_SwapSlot(), this.getSwapSlot(), null, "swapSlot", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPte_Marker(), ecorePackage.getEString(), "marker", null, 0, 1, Pte.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fileEClass, File.class, "File", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFile_Name(), ecorePackage.getEString(), "name", null, 0, 1, File.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFile_Path(), ecorePackage.getEString(), "path", null, 0, 1, File.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFile_Kind(), this.getFileKind(), "kind", null, 0, 1, File.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFile_Size(), ecorePackage.getELong(), "size", null, 0, 1, File.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFile_Cache(), this.getCacheEntry(), null, "cache", null, 0, -1, File.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cacheEntryEClass, CacheEntry.class, "CacheEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCacheEntry_Index(), this.getHex(), "index", null, 0, 1, CacheEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCacheEntry_Page(), this.getPage(), null, "page", null, 0, 1, CacheEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCacheEntry_SwapSlot(), this.getSwapSlot(), null, "swapSlot", null, 0, 1, CacheEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCacheEntry_Shadow(), ecorePackage.getEBoolean(), "shadow", null, 0, 1, CacheEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(swapSlotEClass, SwapSlot.class, "SwapSlot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwapSlot_Name(), ecorePackage.getEString(), "name", null, 0, 1, SwapSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwapSlot_Offset(), this.getHex(), "offset", null, 0, 1, SwapSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwapSlot_Count(), ecorePackage.getEInt(), "count", null, 0, 1, SwapSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwapSlot_Data(), ecorePackage.getEString(), "data", null, 0, 1, SwapSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwapSlot_CachePage(), this.getPage(), null, "cachePage", null, 0, 1, SwapSlot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lockEClass, Lock.class, "Lock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLock_Name(), ecorePackage.getEString(), "name", null, 0, 1, Lock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLock_Kind(), this.getLockKind(), "kind", null, 0, 1, Lock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLock_Mode(), this.getLockMode(), "mode", null, 0, 1, Lock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLock_Holders(), ecorePackage.getEString(), "holders", null, 0, -1, Lock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userfaultfdEClass, Userfaultfd.class, "Userfaultfd", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUserfaultfd_Name(), ecorePackage.getEString(), "name", null, 0, 1, Userfaultfd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserfaultfd_Missing(), ecorePackage.getEBoolean(), "missing", null, 0, 1, Userfaultfd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUserfaultfd_Wp(), ecorePackage.getEBoolean(), "wp", null, 0, 1, Userfaultfd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getUserfaultfd_Pending(), this.getUffdMessage(), null, "pending", null, 0, -1, Userfaultfd.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(uffdMessageEClass, UffdMessage.class, "UffdMessage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUffdMessage_Address(), this.getHex(), "address", null, 0, 1, UffdMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUffdMessage_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, UffdMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUffdMessage_Thread(), ecorePackage.getEString(), "thread", null, 0, 1, UffdMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(threadStateEClass, ThreadState.class, "ThreadState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getThreadState_Name(), ecorePackage.getEString(), "name", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_Index(), ecorePackage.getEInt(), "index", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_Status(), this.getThreadStatus(), "status", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_Location(), ecorePackage.getEString(), "location", null, 0, 1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadState_Stack(), ecorePackage.getEString(), "stack", null, 0, -1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getThreadState_Registers(), this.getNamedValue(), null, "registers", null, 0, -1, ThreadState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedValueEClass, NamedValue.class, "NamedValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedValue_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, NamedValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(pageFlagEEnum, PageFlag.class, "PageFlag");
		addEEnumLiteral(pageFlagEEnum, PageFlag.LOCKED);
		addEEnumLiteral(pageFlagEEnum, PageFlag.REFERENCED);
		addEEnumLiteral(pageFlagEEnum, PageFlag.UPTODATE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.DIRTY);
		addEEnumLiteral(pageFlagEEnum, PageFlag.LRU);
		addEEnumLiteral(pageFlagEEnum, PageFlag.ACTIVE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.WORKINGSET);
		addEEnumLiteral(pageFlagEEnum, PageFlag.WAITERS);
		addEEnumLiteral(pageFlagEEnum, PageFlag.ERROR);
		addEEnumLiteral(pageFlagEEnum, PageFlag.SLAB);
		addEEnumLiteral(pageFlagEEnum, PageFlag.OWNER_PRIV_1);
		addEEnumLiteral(pageFlagEEnum, PageFlag.RESERVED);
		addEEnumLiteral(pageFlagEEnum, PageFlag.PRIVATE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.PRIVATE_2);
		addEEnumLiteral(pageFlagEEnum, PageFlag.WRITEBACK);
		addEEnumLiteral(pageFlagEEnum, PageFlag.HEAD);
		addEEnumLiteral(pageFlagEEnum, PageFlag.MAPPEDTODISK);
		addEEnumLiteral(pageFlagEEnum, PageFlag.RECLAIM);
		addEEnumLiteral(pageFlagEEnum, PageFlag.SWAPBACKED);
		addEEnumLiteral(pageFlagEEnum, PageFlag.UNEVICTABLE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.MLOCKED);
		addEEnumLiteral(pageFlagEEnum, PageFlag.HWPOISON);
		addEEnumLiteral(pageFlagEEnum, PageFlag.YOUNG);
		addEEnumLiteral(pageFlagEEnum, PageFlag.IDLE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.ANON);
		addEEnumLiteral(pageFlagEEnum, PageFlag.SWAPCACHE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.KSM);
		addEEnumLiteral(pageFlagEEnum, PageFlag.ZERO_PAGE);
		addEEnumLiteral(pageFlagEEnum, PageFlag.THP);
		addEEnumLiteral(pageFlagEEnum, PageFlag.COMPOUND_TAIL);
		addEEnumLiteral(pageFlagEEnum, PageFlag.BUDDY);
		addEEnumLiteral(pageFlagEEnum, PageFlag.ISOLATED);

		initEEnum(vmFlagEEnum, VmFlag.class, "VmFlag");
		addEEnumLiteral(vmFlagEEnum, VmFlag.READ);
		addEEnumLiteral(vmFlagEEnum, VmFlag.WRITE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.EXEC);
		addEEnumLiteral(vmFlagEEnum, VmFlag.SHARED);
		addEEnumLiteral(vmFlagEEnum, VmFlag.MAYREAD);
		addEEnumLiteral(vmFlagEEnum, VmFlag.MAYWRITE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.MAYEXEC);
		addEEnumLiteral(vmFlagEEnum, VmFlag.MAYSHARE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.GROWSDOWN);
		addEEnumLiteral(vmFlagEEnum, VmFlag.UFFD_MISSING);
		addEEnumLiteral(vmFlagEEnum, VmFlag.UFFD_WP);
		addEEnumLiteral(vmFlagEEnum, VmFlag.UFFD_MINOR);
		addEEnumLiteral(vmFlagEEnum, VmFlag.LOCKED);
		addEEnumLiteral(vmFlagEEnum, VmFlag.IO);
		addEEnumLiteral(vmFlagEEnum, VmFlag.DONTCOPY);
		addEEnumLiteral(vmFlagEEnum, VmFlag.DONTEXPAND);
		addEEnumLiteral(vmFlagEEnum, VmFlag.LOCKONFAULT);
		addEEnumLiteral(vmFlagEEnum, VmFlag.ACCOUNT);
		addEEnumLiteral(vmFlagEEnum, VmFlag.NORESERVE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.HUGETLB);
		addEEnumLiteral(vmFlagEEnum, VmFlag.SYNC);
		addEEnumLiteral(vmFlagEEnum, VmFlag.WIPEONFORK);
		addEEnumLiteral(vmFlagEEnum, VmFlag.DONTDUMP);
		addEEnumLiteral(vmFlagEEnum, VmFlag.SOFTDIRTY);
		addEEnumLiteral(vmFlagEEnum, VmFlag.MIXEDMAP);
		addEEnumLiteral(vmFlagEEnum, VmFlag.HUGEPAGE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.NOHUGEPAGE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.MERGEABLE);
		addEEnumLiteral(vmFlagEEnum, VmFlag.PFNMAP);

		initEEnum(vmaKindEEnum, VmaKind.class, "VmaKind");
		addEEnumLiteral(vmaKindEEnum, VmaKind.ANONYMOUS);
		addEEnumLiteral(vmaKindEEnum, VmaKind.FILE);
		addEEnumLiteral(vmaKindEEnum, VmaKind.SHMEM);

		initEEnum(pmdKindEEnum, PmdKind.class, "PmdKind");
		addEEnumLiteral(pmdKindEEnum, PmdKind.NONE);
		addEEnumLiteral(pmdKindEEnum, PmdKind.TABLE);
		addEEnumLiteral(pmdKindEEnum, PmdKind.HUGE);
		addEEnumLiteral(pmdKindEEnum, PmdKind.MIGRATION);

		initEEnum(pteKindEEnum, PteKind.class, "PteKind");
		addEEnumLiteral(pteKindEEnum, PteKind.NONE);
		addEEnumLiteral(pteKindEEnum, PteKind.PRESENT);
		addEEnumLiteral(pteKindEEnum, PteKind.ZERO_PAGE);
		addEEnumLiteral(pteKindEEnum, PteKind.SWAP);
		addEEnumLiteral(pteKindEEnum, PteKind.MIGRATION);
		addEEnumLiteral(pteKindEEnum, PteKind.MARKER);

		initEEnum(fileKindEEnum, FileKind.class, "FileKind");
		addEEnumLiteral(fileKindEEnum, FileKind.REGULAR);
		addEEnumLiteral(fileKindEEnum, FileKind.SHMEM);
		addEEnumLiteral(fileKindEEnum, FileKind.BLOCKDEV);

		initEEnum(lockKindEEnum, LockKind.class, "LockKind");
		addEEnumLiteral(lockKindEEnum, LockKind.PTL);
		addEEnumLiteral(lockKindEEnum, LockKind.PAGE_LOCK);
		addEEnumLiteral(lockKindEEnum, LockKind.MMAP_LOCK);
		addEEnumLiteral(lockKindEEnum, LockKind.IMMAP_RWSEM);
		addEEnumLiteral(lockKindEEnum, LockKind.SPINLOCK);
		addEEnumLiteral(lockKindEEnum, LockKind.MUTEX);
		addEEnumLiteral(lockKindEEnum, LockKind.RWSEM);

		initEEnum(lockModeEEnum, LockMode.class, "LockMode");
		addEEnumLiteral(lockModeEEnum, LockMode.UNLOCKED);
		addEEnumLiteral(lockModeEEnum, LockMode.SHARED);
		addEEnumLiteral(lockModeEEnum, LockMode.EXCLUSIVE);

		initEEnum(threadStatusEEnum, ThreadStatus.class, "ThreadStatus");
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.RUNNABLE);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.BLOCKED);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.WAITING);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.DONE);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.VIOLATED);

		// Initialize data types
		initEDataType(hexEDataType, long.class, "Hex", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Memory-management state as drgn, crash, page-types and /proc/pid/pagemap show it: pages/folios, mms, VMAs, page tables, page cache, swap and locks, plus the threads of a scenario. One MMState is the state of a scenario at one step, or a saved snapshot."
		   });
		addAnnotation
		  (mmStateEClass,
		   source,
		   new String[] {
			   "documentation", "The root: one snapshot of MM state."
		   });
		addAnnotation
		  (getMMState_Name(),
		   source,
		   new String[] {
			   "documentation", "Scenario or snapshot name."
		   });
		addAnnotation
		  (getMMState_Description(),
		   source,
		   new String[] {
			   "documentation", "Free text: where this state comes from."
		   });
		addAnnotation
		  (getMMState_Step(),
		   source,
		   new String[] {
			   "documentation", "Step of a counterexample this state follows (0 = initial state, -1 = not from a run)."
		   });
		addAnnotation
		  (getMMState_Pages(),
		   source,
		   new String[] {
			   "documentation", "All struct pages/folios of interest, heads and tails."
		   });
		addAnnotation
		  (getMMState_Mms(),
		   source,
		   new String[] {
			   "documentation", "Address spaces (struct mm_struct)."
		   });
		addAnnotation
		  (getMMState_Files(),
		   source,
		   new String[] {
			   "documentation", "Files and shmem inodes with their page cache."
		   });
		addAnnotation
		  (getMMState_SwapSlots(),
		   source,
		   new String[] {
			   "documentation", "Used swap slots."
		   });
		addAnnotation
		  (getMMState_Locks(),
		   source,
		   new String[] {
			   "documentation", "Locks that belong to no other object (scenario spinlocks)."
		   });
		addAnnotation
		  (getMMState_Threads(),
		   source,
		   new String[] {
			   "documentation", "Threads (CPUs) of a scenario at this step."
		   });
		addAnnotation
		  (getMMState_Values(),
		   source,
		   new String[] {
			   "documentation", "Other named values: global variables of a scenario, counters."
		   });
		addAnnotation
		  (pageEClass,
		   source,
		   new String[] {
			   "documentation", "A struct page, or the head page of a folio (order > 0). Counts are as the kernel reports them: refcount is page_ref_count(), mapcount is page_mapcount() (0 when unmapped), pincount counts FOLL_PIN pins (which the kernel adds to the refcount with a bias of GUP_PIN_COUNTING_BIAS=1024)."
		   });
		addAnnotation
		  (getPage_Name(),
		   source,
		   new String[] {
			   "documentation", "Unique name within the state (the scenario variable, e.g. P, or pfn-0x1000). Names are referenced by other objects: no spaces, colons or #, no leading slash."
		   });
		addAnnotation
		  (getPage_Pfn(),
		   source,
		   new String[] {
			   "documentation", "Page frame number."
		   });
		addAnnotation
		  (getPage_Order(),
		   source,
		   new String[] {
			   "documentation", "Folio order: 0 for a base page, 9 for a 2 MiB THP on x86-64."
		   });
		addAnnotation
		  (getPage_CompoundHead(),
		   source,
		   new String[] {
			   "documentation", "For a tail page: its head page."
		   });
		addAnnotation
		  (getPage_Refcount(),
		   source,
		   new String[] {
			   "documentation", "page_ref_count() (_refcount)."
		   });
		addAnnotation
		  (getPage_Mapcount(),
		   source,
		   new String[] {
			   "documentation", "page_mapcount(): number of page table entries mapping the page."
		   });
		addAnnotation
		  (getPage_Pincount(),
		   source,
		   new String[] {
			   "documentation", "FOLL_PIN pins (folio pincount, or refcount bias / 1024 for small pages)."
		   });
		addAnnotation
		  (getPage_Flags(),
		   source,
		   new String[] {
			   "documentation", "Page flags, by their kernel names (PG_ prefix dropped), plus page-types pseudo flags (anon, swapcache, thp, zero_page, isolated ...)."
		   });
		addAnnotation
		  (getPage_Mapping(),
		   source,
		   new String[] {
			   "documentation", "page->mapping for page cache and shmem pages."
		   });
		addAnnotation
		  (getPage_AnonVma(),
		   source,
		   new String[] {
			   "documentation", "For anonymous pages: the VMA whose anon_vma the page belongs to."
		   });
		addAnnotation
		  (getPage_Index(),
		   source,
		   new String[] {
			   "documentation", "page->index: file offset in pages, or linear page index for anon pages."
		   });
		addAnnotation
		  (getPage_SwapSlot(),
		   source,
		   new String[] {
			   "documentation", "For a page in the swap cache: its swap slot (page->private)."
		   });
		addAnnotation
		  (getPage_Data(),
		   source,
		   new String[] {
			   "documentation", "Abstract content: what a read of the page returns (e.g. 0, 1, or a name)."
		   });
		addAnnotation
		  (getPage_Free(),
		   source,
		   new String[] {
			   "documentation", "True once the page was freed to the allocator (refcount reached 0)."
		   });
		addAnnotation
		  (getPage_Buffers(),
		   source,
		   new String[] {
			   "documentation", "Buffer heads attached (PG_private on a file page); false once the filesystem released them."
		   });
		addAnnotation
		  (getPage_Lock(),
		   source,
		   new String[] {
			   "documentation", "The page lock (PG_locked) with its holder."
		   });
		addAnnotation
		  (mmEClass,
		   source,
		   new String[] {
			   "documentation", "A struct mm_struct: one address space."
		   });
		addAnnotation
		  (getMm_Name(),
		   source,
		   new String[] {
			   "documentation", "Unique name within the state (e.g. mm0, or the task comm)."
		   });
		addAnnotation
		  (getMm_Pid(),
		   source,
		   new String[] {
			   "documentation", "Owner pid, if known."
		   });
		addAnnotation
		  (getMm_Vmas(),
		   source,
		   new String[] {
			   "documentation", "Its VMAs in address order."
		   });
		addAnnotation
		  (getMm_Pmds(),
		   source,
		   new String[] {
			   "documentation", "Page-table entries at PMD level that are populated, each with its PTE table."
		   });
		addAnnotation
		  (getMm_MmapLock(),
		   source,
		   new String[] {
			   "documentation", "mmap_lock (a rw semaphore)."
		   });
		addAnnotation
		  (getMm_Userfaultfd(),
		   source,
		   new String[] {
			   "documentation", "The userfaultfd context registered on this mm, if any."
		   });
		addAnnotation
		  (getMm_RssAnon(),
		   source,
		   new String[] {
			   "documentation", "MM_ANONPAGES counter."
		   });
		addAnnotation
		  (getMm_RssFile(),
		   source,
		   new String[] {
			   "documentation", "MM_FILEPAGES counter."
		   });
		addAnnotation
		  (getMm_RssShmem(),
		   source,
		   new String[] {
			   "documentation", "MM_SHMEMPAGES counter."
		   });
		addAnnotation
		  (vmaEClass,
		   source,
		   new String[] {
			   "documentation", "A struct vm_area_struct: [start, end) with its flags."
		   });
		addAnnotation
		  (getVma_Name(),
		   source,
		   new String[] {
			   "documentation", "Unique name within the state."
		   });
		addAnnotation
		  (getVma_Start(),
		   source,
		   new String[] {
			   "documentation", "vm_start."
		   });
		addAnnotation
		  (getVma_End(),
		   source,
		   new String[] {
			   "documentation", "vm_end (exclusive)."
		   });
		addAnnotation
		  (getVma_Flags(),
		   source,
		   new String[] {
			   "documentation", "vm_flags, VM_ prefix dropped."
		   });
		addAnnotation
		  (getVma_Kind(),
		   source,
		   new String[] {
			   "documentation", "Anonymous, file or shmem."
		   });
		addAnnotation
		  (getVma_File(),
		   source,
		   new String[] {
			   "documentation", "vm_file for file and shmem mappings."
		   });
		addAnnotation
		  (getVma_Pgoff(),
		   source,
		   new String[] {
			   "documentation", "vm_pgoff: file offset of vm_start in pages."
		   });
		addAnnotation
		  (pmdEClass,
		   source,
		   new String[] {
			   "documentation", "A PMD entry: none, a pointer to a PTE table (which holds ptes), or a huge mapping of a PMD-sized folio."
		   });
		addAnnotation
		  (getPmd_Address(),
		   source,
		   new String[] {
			   "documentation", "Virtual address covered (PMD-aligned)."
		   });
		addAnnotation
		  (getPmd_Kind(),
		   source,
		   new String[] {
			   "documentation", "What the entry is."
		   });
		addAnnotation
		  (getPmd_Page(),
		   source,
		   new String[] {
			   "documentation", "For a huge PMD: the mapped head page."
		   });
		addAnnotation
		  (getPmd_Pfn(),
		   source,
		   new String[] {
			   "documentation", "For a huge PMD: the mapped pfn."
		   });
		addAnnotation
		  (getPmd_Write(),
		   source,
		   new String[] {
			   "documentation", "_PAGE_RW of a huge PMD."
		   });
		addAnnotation
		  (getPmd_Dirty(),
		   source,
		   new String[] {
			   "documentation", "Dirty bit of a huge PMD."
		   });
		addAnnotation
		  (getPmd_Young(),
		   source,
		   new String[] {
			   "documentation", "Accessed bit of a huge PMD."
		   });
		addAnnotation
		  (getPmd_UffdWp(),
		   source,
		   new String[] {
			   "documentation", "userfaultfd write-protect bit of a huge PMD."
		   });
		addAnnotation
		  (getPmd_Ptes(),
		   source,
		   new String[] {
			   "documentation", "The populated PTEs of the table (entries that are not none, or none entries of interest)."
		   });
		addAnnotation
		  (getPmd_Ptl(),
		   source,
		   new String[] {
			   "documentation", "The page table lock of this table (split PTE lock)."
		   });
		addAnnotation
		  (pteEClass,
		   source,
		   new String[] {
			   "documentation", "A page table entry, with its bits decoded."
		   });
		addAnnotation
		  (getPte_Address(),
		   source,
		   new String[] {
			   "documentation", "Virtual address mapped."
		   });
		addAnnotation
		  (getPte_Kind(),
		   source,
		   new String[] {
			   "documentation", "Present mapping, zero-page mapping, or a non-present kind."
		   });
		addAnnotation
		  (getPte_Page(),
		   source,
		   new String[] {
			   "documentation", "For present entries: the mapped page."
		   });
		addAnnotation
		  (getPte_Pfn(),
		   source,
		   new String[] {
			   "documentation", "For present entries: the mapped pfn."
		   });
		addAnnotation
		  (getPte_Write(),
		   source,
		   new String[] {
			   "documentation", "_PAGE_RW."
		   });
		addAnnotation
		  (getPte_Dirty(),
		   source,
		   new String[] {
			   "documentation", "_PAGE_DIRTY (hardware sets it on write)."
		   });
		addAnnotation
		  (getPte_Young(),
		   source,
		   new String[] {
			   "documentation", "_PAGE_ACCESSED (hardware sets it on access)."
		   });
		addAnnotation
		  (getPte_SoftDirty(),
		   source,
		   new String[] {
			   "documentation", "_PAGE_SOFT_DIRTY."
		   });
		addAnnotation
		  (getPte_UffdWp(),
		   source,
		   new String[] {
			   "documentation", "_PAGE_UFFD_WP; on a swap entry or a marker, the uffd-wp bit it carries."
		   });
		addAnnotation
		  (getPte_Exclusive(),
		   source,
		   new String[] {
			   "documentation", "PageAnonExclusive / swap entry exclusive bit."
		   });
		addAnnotation
		  (getPte_SwapSlot(),
		   source,
		   new String[] {
			   "documentation", "For a swap entry: the slot it names."
		   });
		addAnnotation
		  (getPte_Marker(),
		   source,
		   new String[] {
			   "documentation", "For a PTE marker: its kind (e.g. uffd-wp, poisoned)."
		   });
		addAnnotation
		  (fileEClass,
		   source,
		   new String[] {
			   "documentation", "An inode with its page cache (a regular file, a shmem/tmpfs file or a block device)."
		   });
		addAnnotation
		  (getFile_Name(),
		   source,
		   new String[] {
			   "documentation", "Unique name within the state, used by references (e.g. guest-mem); must not start with a slash."
		   });
		addAnnotation
		  (getFile_Path(),
		   source,
		   new String[] {
			   "documentation", "Path of the file, e.g. /dev/shm/guest-mem or /dev/sda."
		   });
		addAnnotation
		  (getFile_Kind(),
		   source,
		   new String[] {
			   "documentation", "Regular file, shmem or block device."
		   });
		addAnnotation
		  (getFile_Size(),
		   source,
		   new String[] {
			   "documentation", "i_size in bytes."
		   });
		addAnnotation
		  (getFile_Cache(),
		   source,
		   new String[] {
			   "documentation", "Page cache slots (xarray entries) in index order."
		   });
		addAnnotation
		  (cacheEntryEClass,
		   source,
		   new String[] {
			   "documentation", "One page cache slot: a page, or for shmem a swap entry, or a shadow entry."
		   });
		addAnnotation
		  (getCacheEntry_Index(),
		   source,
		   new String[] {
			   "documentation", "Page index in the file."
		   });
		addAnnotation
		  (getCacheEntry_Page(),
		   source,
		   new String[] {
			   "documentation", "The cached page."
		   });
		addAnnotation
		  (getCacheEntry_SwapSlot(),
		   source,
		   new String[] {
			   "documentation", "For a swapped-out shmem page: its swap slot."
		   });
		addAnnotation
		  (getCacheEntry_Shadow(),
		   source,
		   new String[] {
			   "documentation", "A workingset shadow entry of an evicted page."
		   });
		addAnnotation
		  (swapSlotEClass,
		   source,
		   new String[] {
			   "documentation", "A used swap slot."
		   });
		addAnnotation
		  (getSwapSlot_Name(),
		   source,
		   new String[] {
			   "documentation", "Unique name within the state (e.g. swap-3)."
		   });
		addAnnotation
		  (getSwapSlot_Offset(),
		   source,
		   new String[] {
			   "documentation", "Swap offset."
		   });
		addAnnotation
		  (getSwapSlot_Count(),
		   source,
		   new String[] {
			   "documentation", "swap_map count: references from PTEs and page cache slots."
		   });
		addAnnotation
		  (getSwapSlot_Data(),
		   source,
		   new String[] {
			   "documentation", "Abstract content written to the slot."
		   });
		addAnnotation
		  (getSwapSlot_CachePage(),
		   source,
		   new String[] {
			   "documentation", "The page in the swap cache for this slot, if any."
		   });
		addAnnotation
		  (lockEClass,
		   source,
		   new String[] {
			   "documentation", "A lock an MM step can hold: page table lock, page lock, mmap_lock, a scenario spinlock."
		   });
		addAnnotation
		  (getLock_Name(),
		   source,
		   new String[] {
			   "documentation", "What it protects (e.g. ptl, mmap_lock, PG_locked)."
		   });
		addAnnotation
		  (getLock_Kind(),
		   source,
		   new String[] {
			   "documentation", "Kind of lock."
		   });
		addAnnotation
		  (getLock_Mode(),
		   source,
		   new String[] {
			   "documentation", "Unlocked, held shared (readers) or exclusive."
		   });
		addAnnotation
		  (getLock_Holders(),
		   source,
		   new String[] {
			   "documentation", "Threads holding it."
		   });
		addAnnotation
		  (userfaultfdEClass,
		   source,
		   new String[] {
			   "documentation", "A userfaultfd context and the faults waiting for the monitor."
		   });
		addAnnotation
		  (getUserfaultfd_Name(),
		   source,
		   new String[] {
			   "documentation", "Name."
		   });
		addAnnotation
		  (getUserfaultfd_Missing(),
		   source,
		   new String[] {
			   "documentation", "Registered in MISSING mode."
		   });
		addAnnotation
		  (getUserfaultfd_Wp(),
		   source,
		   new String[] {
			   "documentation", "Registered in WP (write-protect) mode."
		   });
		addAnnotation
		  (getUserfaultfd_Pending(),
		   source,
		   new String[] {
			   "documentation", "Fault messages not yet read or not yet resolved."
		   });
		addAnnotation
		  (uffdMessageEClass,
		   source,
		   new String[] {
			   "documentation", "A userfault message: a faulting thread waits until the monitor resolves it."
		   });
		addAnnotation
		  (getUffdMessage_Address(),
		   source,
		   new String[] {
			   "documentation", "Faulting address."
		   });
		addAnnotation
		  (getUffdMessage_Kind(),
		   source,
		   new String[] {
			   "documentation", "missing, wp or minor."
		   });
		addAnnotation
		  (getUffdMessage_Thread(),
		   source,
		   new String[] {
			   "documentation", "The thread waiting."
		   });
		addAnnotation
		  (threadStateEClass,
		   source,
		   new String[] {
			   "documentation", "A scenario thread (a CPU running some kernel or user path) at this step."
		   });
		addAnnotation
		  (getThreadState_Name(),
		   source,
		   new String[] {
			   "documentation", "Readable name, e.g. dio, reclaim."
		   });
		addAnnotation
		  (getThreadState_Index(),
		   source,
		   new String[] {
			   "documentation", "Thread number (P0, P1, ...)."
		   });
		addAnnotation
		  (getThreadState_Status(),
		   source,
		   new String[] {
			   "documentation", "Whether it can run."
		   });
		addAnnotation
		  (getThreadState_Location(),
		   source,
		   new String[] {
			   "documentation", "Source position of its next statement (file:line)."
		   });
		addAnnotation
		  (getThreadState_Stack(),
		   source,
		   new String[] {
			   "documentation", "Library function stack, outermost first."
		   });
		addAnnotation
		  (getThreadState_Registers(),
		   source,
		   new String[] {
			   "documentation", "Its local variables/registers."
		   });
		addAnnotation
		  (namedValueEClass,
		   source,
		   new String[] {
			   "documentation", "A name and a printable value."
		   });
		addAnnotation
		  (pageFlagEEnum,
		   source,
		   new String[] {
			   "documentation", "Page flags by kernel name (include/linux/page-flags.h), and page-types pseudo flags: anon, swapcache, ksm, zero_page, thp, compound_tail, buddy, and isolated (taken off the LRU by isolate_lru_page)."
		   });
		addAnnotation
		  (vmFlagEEnum,
		   source,
		   new String[] {
			   "documentation", "vm_flags by kernel name (include/linux/mm.h), VM_ prefix dropped."
		   });
		addAnnotation
		  (vmaKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What backs a VMA."
		   });
		addAnnotation
		  (pmdKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a PMD entry holds."
		   });
		addAnnotation
		  (pteKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a PTE holds: none, a present mapping, a mapping of the shared zero page, a swap entry, a migration entry, or a PTE marker (e.g. uffd-wp)."
		   });
		addAnnotation
		  (fileKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kind of inode."
		   });
		addAnnotation
		  (lockKindEEnum,
		   source,
		   new String[] {
			   "documentation", "Kind of lock."
		   });
		addAnnotation
		  (lockModeEEnum,
		   source,
		   new String[] {
			   "documentation", "Lock state."
		   });
		addAnnotation
		  (threadStatusEEnum,
		   source,
		   new String[] {
			   "documentation", "runnable; blocked on a lock; waiting (e.g. for a userfault to be resolved); done; stopped at a violation."
		   });
		addAnnotation
		  (hexEDataType,
		   source,
		   new String[] {
			   "documentation", "A 64-bit number kernel developers read in hex (pfn, address, offset): saved as 0x..., read as 0x... or decimal."
		   });
	}

} //MmPackageImpl
