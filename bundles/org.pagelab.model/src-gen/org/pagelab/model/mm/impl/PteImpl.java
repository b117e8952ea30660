/**
 */
package org.pagelab.model.mm.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pte;
import org.pagelab.model.mm.PteKind;
import org.pagelab.model.mm.SwapSlot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pte</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#isWrite <em>Write</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#isDirty <em>Dirty</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#isYoung <em>Young</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#isSoftDirty <em>Soft Dirty</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#isUffdWp <em>Uffd Wp</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#isExclusive <em>Exclusive</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#getSwapSlot <em>Swap Slot</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PteImpl#getMarker <em>Marker</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PteImpl extends MinimalEObjectImpl.Container implements Pte {
	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PteKind KIND_EDEFAULT = PteKind.NONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PteKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected Page page;

	/**
	 * The default value of the '{@link #getPfn() <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPfn()
	 * @generated
	 * @ordered
	 */
	protected static final long PFN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPfn() <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPfn()
	 * @generated
	 * @ordered
	 */
	protected long pfn = PFN_EDEFAULT;

	/**
	 * The default value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected boolean write = WRITE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDirty() <em>Dirty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirty()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DIRTY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDirty() <em>Dirty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirty()
	 * @generated
	 * @ordered
	 */
	protected boolean dirty = DIRTY_EDEFAULT;

	/**
	 * The default value of the '{@link #isYoung() <em>Young</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isYoung()
	 * @generated
	 * @ordered
	 */
	protected static final boolean YOUNG_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isYoung() <em>Young</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isYoung()
	 * @generated
	 * @ordered
	 */
	protected boolean young = YOUNG_EDEFAULT;

	/**
	 * The default value of the '{@link #isSoftDirty() <em>Soft Dirty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSoftDirty()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SOFT_DIRTY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSoftDirty() <em>Soft Dirty</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSoftDirty()
	 * @generated
	 * @ordered
	 */
	protected boolean softDirty = SOFT_DIRTY_EDEFAULT;

	/**
	 * The default value of the '{@link #isUffdWp() <em>Uffd Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUffdWp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UFFD_WP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUffdWp() <em>Uffd Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUffdWp()
	 * @generated
	 * @ordered
	 */
	protected boolean uffdWp = UFFD_WP_EDEFAULT;

	/**
	 * The default value of the '{@link #isExclusive() <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExclusive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUSIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExclusive() <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExclusive()
	 * @generated
	 * @ordered
	 */
	protected boolean exclusive = EXCLUSIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSwapSlot() <em>Swap Slot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapSlot()
	 * @generated
	 * @ordered
	 */
	protected SwapSlot swapSlot;

	/**
	 * The default value of the '{@link #getMarker() <em>Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarker()
	 * @generated
	 * @ordered
	 */
	protected static final String MARKER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMarker() <em>Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarker()
	 * @generated
	 * @ordered
	 */
	protected String marker = MARKER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.PTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress) {
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PteKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PteKind newKind) {
		PteKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Page getPage() {
		if (page != null && page.eIsProxy()) {
			InternalEObject oldPage = (InternalEObject)page;
			page = (Page)eResolveProxy(oldPage);
			if (page != oldPage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PTE__PAGE, oldPage, page));
			}
		}
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Page basicGetPage() {
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(Page newPage) {
		Page oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__PAGE, oldPage, page));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPfn() {
		return pfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPfn(long newPfn) {
		long oldPfn = pfn;
		pfn = newPfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__PFN, oldPfn, pfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWrite() {
		return write;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrite(boolean newWrite) {
		boolean oldWrite = write;
		write = newWrite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__WRITE, oldWrite, write));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDirty() {
		return dirty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirty(boolean newDirty) {
		boolean oldDirty = dirty;
		dirty = newDirty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__DIRTY, oldDirty, dirty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isYoung() {
		return young;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYoung(boolean newYoung) {
		boolean oldYoung = young;
		young = newYoung;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__YOUNG, oldYoung, young));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSoftDirty() {
		return softDirty;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSoftDirty(boolean newSoftDirty) {
		boolean oldSoftDirty = softDirty;
		softDirty = newSoftDirty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__SOFT_DIRTY, oldSoftDirty, softDirty));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUffdWp() {
		return uffdWp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUffdWp(boolean newUffdWp) {
		boolean oldUffdWp = uffdWp;
		uffdWp = newUffdWp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__UFFD_WP, oldUffdWp, uffdWp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExclusive() {
		return exclusive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusive(boolean newExclusive) {
		boolean oldExclusive = exclusive;
		exclusive = newExclusive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__EXCLUSIVE, oldExclusive, exclusive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwapSlot getSwapSlot() {
		if (swapSlot != null && swapSlot.eIsProxy()) {
			InternalEObject oldSwapSlot = (InternalEObject)swapSlot;
			swapSlot = (SwapSlot)eResolveProxy(oldSwapSlot);
			if (swapSlot != oldSwapSlot) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PTE__SWAP_SLOT, oldSwapSlot, swapSlot));
			}
		}
		return swapSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwapSlot basicGetSwapSlot() {
		return swapSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwapSlot(SwapSlot newSwapSlot) {
		SwapSlot oldSwapSlot = swapSlot;
		swapSlot = newSwapSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__SWAP_SLOT, oldSwapSlot, swapSlot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMarker() {
		return marker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarker(String newMarker) {
		String oldMarker = marker;
		marker = newMarker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PTE__MARKER, oldMarker, marker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmPackage.PTE__ADDRESS:
				return getAddress();
			case MmPackage.PTE__KIND:
				return getKind();
			case MmPackage.PTE__PAGE:
				if (resolve) return getPage();
				return basicGetPage();
			case MmPackage.PTE__PFN:
				return getPfn();
			case MmPackage.PTE__WRITE:
				return isWrite();
			case MmPackage.PTE__DIRTY:
				return isDirty();
			case MmPackage.PTE__YOUNG:
				return isYoung();
			case MmPackage.PTE__SOFT_DIRTY:
				return isSoftDirty();
			case MmPackage.PTE__UFFD_WP:
				return isUffdWp();
			case MmPackage.PTE__EXCLUSIVE:
				return isExclusive();
			case MmPackage.PTE__SWAP_SLOT:
				if (resolve) return getSwapSlot();
				return basicGetSwapSlot();
			case MmPackage.PTE__MARKER:
				return getMarker();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmPackage.PTE__ADDRESS:
				setAddress((Long)newValue);
				return;
			case MmPackage.PTE__KIND:
				setKind((PteKind)newValue);
				return;
			case MmPackage.PTE__PAGE:
				setPage((Page)newValue);
				return;
			case MmPackage.PTE__PFN:
				setPfn((Long)newValue);
				return;
			case MmPackage.PTE__WRITE:
				setWrite((Boolean)newValue);
				return;
			case MmPackage.PTE__DIRTY:
				setDirty((Boolean)newValue);
				return;
			case MmPackage.PTE__YOUNG:
				setYoung((Boolean)newValue);
				return;
			case MmPackage.PTE__SOFT_DIRTY:
				setSoftDirty((Boolean)newValue);
				return;
			case MmPackage.PTE__UFFD_WP:
				setUffdWp((Boolean)newValue);
				return;
			case MmPackage.PTE__EXCLUSIVE:
				setExclusive((Boolean)newValue);
				return;
			case MmPackage.PTE__SWAP_SLOT:
				setSwapSlot((SwapSlot)newValue);
				return;
			case MmPackage.PTE__MARKER:
				setMarker((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MmPackage.PTE__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case MmPackage.PTE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmPackage.PTE__PAGE:
				setPage((Page)null);
				return;
			case MmPackage.PTE__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case MmPackage.PTE__WRITE:
				setWrite(WRITE_EDEFAULT);
				return;
			case MmPackage.PTE__DIRTY:
				setDirty(DIRTY_EDEFAULT);
				return;
			case MmPackage.PTE__YOUNG:
				setYoung(YOUNG_EDEFAULT);
				return;
			case MmPackage.PTE__SOFT_DIRTY:
				setSoftDirty(SOFT_DIRTY_EDEFAULT);
				return;
			case MmPackage.PTE__UFFD_WP:
				setUffdWp(UFFD_WP_EDEFAULT);
				return;
			case MmPackage.PTE__EXCLUSIVE:
				setExclusive(EXCLUSIVE_EDEFAULT);
				return;
			case MmPackage.PTE__SWAP_SLOT:
				setSwapSlot((SwapSlot)null);
				return;
			case MmPackage.PTE__MARKER:
				setMarker(MARKER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MmPackage.PTE__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case MmPackage.PTE__KIND:
				return kind != KIND_EDEFAULT;
			case MmPackage.PTE__PAGE:
				return page != null;
			case MmPackage.PTE__PFN:
				return pfn != PFN_EDEFAULT;
			case MmPackage.PTE__WRITE:
				return write != WRITE_EDEFAULT;
			case MmPackage.PTE__DIRTY:
				return dirty != DIRTY_EDEFAULT;
			case MmPackage.PTE__YOUNG:
				return young != YOUNG_EDEFAULT;
			case MmPackage.PTE__SOFT_DIRTY:
				return softDirty != SOFT_DIRTY_EDEFAULT;
			case MmPackage.PTE__UFFD_WP:
				return uffdWp != UFFD_WP_EDEFAULT;
			case MmPackage.PTE__EXCLUSIVE:
				return exclusive != EXCLUSIVE_EDEFAULT;
			case MmPackage.PTE__SWAP_SLOT:
				return swapSlot != null;
			case MmPackage.PTE__MARKER:
				return MARKER_EDEFAULT == null ? marker != null : !MARKER_EDEFAULT.equals(marker);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (address: ");
		result.append(address);
		result.append(", kind: ");
		result.append(kind);
		result.append(", pfn: ");
		result.append(pfn);
		result.append(", write: ");
		result.append(write);
		result.append(", dirty: ");
		result.append(dirty);
		result.append(", young: ");
		result.append(young);
		result.append(", softDirty: ");
		result.append(softDirty);
		result.append(", uffdWp: ");
		result.append(uffdWp);
		result.append(", exclusive: ");
		result.append(exclusive);
		result.append(", marker: ");
		result.append(marker);
		result.append(')');
		return result.toString();
	}

} //PteImpl
