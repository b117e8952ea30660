/**
 */
package org.pagelab.model.mm.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.PmdKind;
import org.pagelab.model.mm.Pte;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pmd</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#isWrite <em>Write</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#isDirty <em>Dirty</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#isYoung <em>Young</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#isUffdWp <em>Uffd Wp</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#getPtes <em>Ptes</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PmdImpl#getPtl <em>Ptl</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PmdImpl extends MinimalEObjectImpl.Container implements Pmd {
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
	protected static final PmdKind KIND_EDEFAULT = PmdKind.NONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PmdKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getPtes() <em>Ptes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtes()
	 * @generated
	 * @ordered
	 */
	protected EList<Pte> ptes;

	/**
	 * The cached value of the '{@link #getPtl() <em>Ptl</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPtl()
	 * @generated
	 * @ordered
	 */
	protected Lock ptl;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PmdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.PMD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PmdKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PmdKind newKind) {
		PmdKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PMD__PAGE, oldPage, page));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__PAGE, oldPage, page));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__PFN, oldPfn, pfn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__WRITE, oldWrite, write));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__DIRTY, oldDirty, dirty));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__YOUNG, oldYoung, young));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__UFFD_WP, oldUffdWp, uffdWp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pte> getPtes() {
		if (ptes == null) {
			ptes = new EObjectContainmentEList<Pte>(Pte.class, this, MmPackage.PMD__PTES);
		}
		return ptes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lock getPtl() {
		return ptl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPtl(Lock newPtl, NotificationChain msgs) {
		Lock oldPtl = ptl;
		ptl = newPtl;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MmPackage.PMD__PTL, oldPtl, newPtl);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPtl(Lock newPtl) {
		if (newPtl != ptl) {
			NotificationChain msgs = null;
			if (ptl != null)
				msgs = ((InternalEObject)ptl).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MmPackage.PMD__PTL, null, msgs);
			if (newPtl != null)
				msgs = ((InternalEObject)newPtl).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MmPackage.PMD__PTL, null, msgs);
			msgs = basicSetPtl(newPtl, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PMD__PTL, newPtl, newPtl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmPackage.PMD__PTES:
				return ((InternalEList<?>)getPtes()).basicRemove(otherEnd, msgs);
			case MmPackage.PMD__PTL:
				return basicSetPtl(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmPackage.PMD__ADDRESS:
				return getAddress();
			case MmPackage.PMD__KIND:
				return getKind();
			case MmPackage.PMD__PAGE:
				if (resolve) return getPage();
				return basicGetPage();
			case MmPackage.PMD__PFN:
				return getPfn();
			case MmPackage.PMD__WRITE:
				return isWrite();
			case MmPackage.PMD__DIRTY:
				return isDirty();
			case MmPackage.PMD__YOUNG:
				return isYoung();
			case MmPackage.PMD__UFFD_WP:
				return isUffdWp();
			case MmPackage.PMD__PTES:
				return getPtes();
			case MmPackage.PMD__PTL:
				return getPtl();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmPackage.PMD__ADDRESS:
				setAddress((Long)newValue);
				return;
			case MmPackage.PMD__KIND:
				setKind((PmdKind)newValue);
				return;
			case MmPackage.PMD__PAGE:
				setPage((Page)newValue);
				return;
			case MmPackage.PMD__PFN:
				setPfn((Long)newValue);
				return;
			case MmPackage.PMD__WRITE:
				setWrite((Boolean)newValue);
				return;
			case MmPackage.PMD__DIRTY:
				setDirty((Boolean)newValue);
				return;
			case MmPackage.PMD__YOUNG:
				setYoung((Boolean)newValue);
				return;
			case MmPackage.PMD__UFFD_WP:
				setUffdWp((Boolean)newValue);
				return;
			case MmPackage.PMD__PTES:
				getPtes().clear();
				getPtes().addAll((Collection<? extends Pte>)newValue);
				return;
			case MmPackage.PMD__PTL:
				setPtl((Lock)newValue);
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
			case MmPackage.PMD__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case MmPackage.PMD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case MmPackage.PMD__PAGE:
				setPage((Page)null);
				return;
			case MmPackage.PMD__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case MmPackage.PMD__WRITE:
				setWrite(WRITE_EDEFAULT);
				return;
			case MmPackage.PMD__DIRTY:
				setDirty(DIRTY_EDEFAULT);
				return;
			case MmPackage.PMD__YOUNG:
				setYoung(YOUNG_EDEFAULT);
				return;
			case MmPackage.PMD__UFFD_WP:
				setUffdWp(UFFD_WP_EDEFAULT);
				return;
			case MmPackage.PMD__PTES:
				getPtes().clear();
				return;
			case MmPackage.PMD__PTL:
				setPtl((Lock)null);
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
			case MmPackage.PMD__ADDRESS:
				return address != ADDRESS_EDEFAULT;
			case MmPackage.PMD__KIND:
				return kind != KIND_EDEFAULT;
			case MmPackage.PMD__PAGE:
				return page != null;
			case MmPackage.PMD__PFN:
				return pfn != PFN_EDEFAULT;
			case MmPackage.PMD__WRITE:
				return write != WRITE_EDEFAULT;
			case MmPackage.PMD__DIRTY:
				return dirty != DIRTY_EDEFAULT;
			case MmPackage.PMD__YOUNG:
				return young != YOUNG_EDEFAULT;
			case MmPackage.PMD__UFFD_WP:
				return uffdWp != UFFD_WP_EDEFAULT;
			case MmPackage.PMD__PTES:
				return ptes != null && !ptes.isEmpty();
			case MmPackage.PMD__PTL:
				return ptl != null;
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
		result.append(", uffdWp: ");
		result.append(uffdWp);
		result.append(')');
		return result.toString();
	}

} //PmdImpl
