/**
 */
package org.pagelab.model.mm.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.pagelab.model.mm.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MmFactoryImpl extends EFactoryImpl implements MmFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MmFactory init() {
		try {
			MmFactory theMmFactory = (MmFactory)EPackage.Registry.INSTANCE.getEFactory(MmPackage.eNS_URI);
			if (theMmFactory != null) {
				return theMmFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MmFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MmFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MmPackage.MM_STATE: return createMMState();
			case MmPackage.PAGE: return createPage();
			case MmPackage.MM: return createMm();
			case MmPackage.VMA: return createVma();
			case MmPackage.PMD: return createPmd();
			case MmPackage.PTE: return createPte();
			case MmPackage.FILE: return createFile();
			case MmPackage.CACHE_ENTRY: return createCacheEntry();
			case MmPackage.SWAP_SLOT: return createSwapSlot();
			case MmPackage.LOCK: return createLock();
			case MmPackage.USERFAULTFD: return createUserfaultfd();
			case MmPackage.UFFD_MESSAGE: return createUffdMessage();
			case MmPackage.THREAD_STATE: return createThreadState();
			case MmPackage.NAMED_VALUE: return createNamedValue();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MmPackage.PAGE_FLAG:
				return createPageFlagFromString(eDataType, initialValue);
			case MmPackage.VM_FLAG:
				return createVmFlagFromString(eDataType, initialValue);
			case MmPackage.VMA_KIND:
				return createVmaKindFromString(eDataType, initialValue);
			case MmPackage.PMD_KIND:
				return createPmdKindFromString(eDataType, initialValue);
			case MmPackage.PTE_KIND:
				return createPteKindFromString(eDataType, initialValue);
			case MmPackage.FILE_KIND:
				return createFileKindFromString(eDataType, initialValue);
			case MmPackage.LOCK_KIND:
				return createLockKindFromString(eDataType, initialValue);
			case MmPackage.LOCK_MODE:
				return createLockModeFromString(eDataType, initialValue);
			case MmPackage.THREAD_STATUS:
				return createThreadStatusFromString(eDataType, initialValue);
			case MmPackage.HEX:
				return createHexFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MmPackage.PAGE_FLAG:
				return convertPageFlagToString(eDataType, instanceValue);
			case MmPackage.VM_FLAG:
				return convertVmFlagToString(eDataType, instanceValue);
			case MmPackage.VMA_KIND:
				return convertVmaKindToString(eDataType, instanceValue);
			case MmPackage.PMD_KIND:
				return convertPmdKindToString(eDataType, instanceValue);
			case MmPackage.PTE_KIND:
				return convertPteKindToString(eDataType, instanceValue);
			case MmPackage.FILE_KIND:
				return convertFileKindToString(eDataType, instanceValue);
			case MmPackage.LOCK_KIND:
				return convertLockKindToString(eDataType, instanceValue);
			case MmPackage.LOCK_MODE:
				return convertLockModeToString(eDataType, instanceValue);
			case MmPackage.THREAD_STATUS:
				return convertThreadStatusToString(eDataType, instanceValue);
			case MmPackage.HEX:
				return convertHexToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MMState createMMState() {
		MMStateImpl mmState = new MMStateImpl();
		return mmState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Page createPage() {
		PageImpl page = new PageImpl();
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mm createMm() {
		MmImpl mm = new MmImpl();
		return mm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vma createVma() {
		VmaImpl vma = new VmaImpl();
		return vma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pmd createPmd() {
		PmdImpl pmd = new PmdImpl();
		return pmd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pte createPte() {
		PteImpl pte = new PteImpl();
		return pte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public File createFile() {
		FileImpl file = new FileImpl();
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CacheEntry createCacheEntry() {
		CacheEntryImpl cacheEntry = new CacheEntryImpl();
		return cacheEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwapSlot createSwapSlot() {
		SwapSlotImpl swapSlot = new SwapSlotImpl();
		return swapSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lock createLock() {
		LockImpl lock = new LockImpl();
		return lock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Userfaultfd createUserfaultfd() {
		UserfaultfdImpl userfaultfd = new UserfaultfdImpl();
		return userfaultfd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UffdMessage createUffdMessage() {
		UffdMessageImpl uffdMessage = new UffdMessageImpl();
		return uffdMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadState createThreadState() {
		ThreadStateImpl threadState = new ThreadStateImpl();
		return threadState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedValue createNamedValue() {
		NamedValueImpl namedValue = new NamedValueImpl();
		return namedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PageFlag createPageFlagFromString(EDataType eDataType, String initialValue) {
		PageFlag result = PageFlag.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPageFlagToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmFlag createVmFlagFromString(EDataType eDataType, String initialValue) {
		VmFlag result = VmFlag.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVmFlagToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmaKind createVmaKindFromString(EDataType eDataType, String initialValue) {
		VmaKind result = VmaKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVmaKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PmdKind createPmdKindFromString(EDataType eDataType, String initialValue) {
		PmdKind result = PmdKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPmdKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PteKind createPteKindFromString(EDataType eDataType, String initialValue) {
		PteKind result = PteKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPteKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FileKind createFileKindFromString(EDataType eDataType, String initialValue) {
		FileKind result = FileKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFileKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockKind createLockKindFromString(EDataType eDataType, String initialValue) {
		LockKind result = LockKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LockMode createLockModeFromString(EDataType eDataType, String initialValue) {
		LockMode result = LockMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLockModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThreadStatus createThreadStatusFromString(EDataType eDataType, String initialValue) {
		ThreadStatus result = ThreadStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertThreadStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * Reads 0x-prefixed hex or decimal.
	 * @generated NOT
	 */
	public Long createHexFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null) {
			return null;
		}
		String s = initialValue.trim();
		if (s.startsWith("0x") || s.startsWith("0X")) {
			return Long.parseUnsignedLong(s.substring(2), 16);
		}
		return Long.parseLong(s);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * Writes 0x-prefixed lower-case hex.
	 * @generated NOT
	 */
	public String convertHexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : "0x" + Long.toHexString((Long) instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MmPackage getMmPackage() {
		return (MmPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MmPackage getPackage() {
		return MmPackage.eINSTANCE;
	}

} //MmFactoryImpl
