/**
 */
package org.pagelab.model.mm.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.pagelab.model.mm.CacheEntry;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.SwapSlot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cache Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.CacheEntryImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.CacheEntryImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.CacheEntryImpl#getSwapSlot <em>Swap Slot</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.CacheEntryImpl#isShadow <em>Shadow</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CacheEntryImpl extends MinimalEObjectImpl.Container implements CacheEntry {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final long INDEX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected long index = INDEX_EDEFAULT;

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
	 * The cached value of the '{@link #getSwapSlot() <em>Swap Slot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapSlot()
	 * @generated
	 * @ordered
	 */
	protected SwapSlot swapSlot;

	/**
	 * The default value of the '{@link #isShadow() <em>Shadow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShadow()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHADOW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShadow() <em>Shadow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShadow()
	 * @generated
	 * @ordered
	 */
	protected boolean shadow = SHADOW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CacheEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.CACHE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(long newIndex) {
		long oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.CACHE_ENTRY__INDEX, oldIndex, index));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.CACHE_ENTRY__PAGE, oldPage, page));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.CACHE_ENTRY__PAGE, oldPage, page));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.CACHE_ENTRY__SWAP_SLOT, oldSwapSlot, swapSlot));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.CACHE_ENTRY__SWAP_SLOT, oldSwapSlot, swapSlot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShadow() {
		return shadow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShadow(boolean newShadow) {
		boolean oldShadow = shadow;
		shadow = newShadow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.CACHE_ENTRY__SHADOW, oldShadow, shadow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmPackage.CACHE_ENTRY__INDEX:
				return getIndex();
			case MmPackage.CACHE_ENTRY__PAGE:
				if (resolve) return getPage();
				return basicGetPage();
			case MmPackage.CACHE_ENTRY__SWAP_SLOT:
				if (resolve) return getSwapSlot();
				return basicGetSwapSlot();
			case MmPackage.CACHE_ENTRY__SHADOW:
				return isShadow();
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
			case MmPackage.CACHE_ENTRY__INDEX:
				setIndex((Long)newValue);
				return;
			case MmPackage.CACHE_ENTRY__PAGE:
				setPage((Page)newValue);
				return;
			case MmPackage.CACHE_ENTRY__SWAP_SLOT:
				setSwapSlot((SwapSlot)newValue);
				return;
			case MmPackage.CACHE_ENTRY__SHADOW:
				setShadow((Boolean)newValue);
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
			case MmPackage.CACHE_ENTRY__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case MmPackage.CACHE_ENTRY__PAGE:
				setPage((Page)null);
				return;
			case MmPackage.CACHE_ENTRY__SWAP_SLOT:
				setSwapSlot((SwapSlot)null);
				return;
			case MmPackage.CACHE_ENTRY__SHADOW:
				setShadow(SHADOW_EDEFAULT);
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
			case MmPackage.CACHE_ENTRY__INDEX:
				return index != INDEX_EDEFAULT;
			case MmPackage.CACHE_ENTRY__PAGE:
				return page != null;
			case MmPackage.CACHE_ENTRY__SWAP_SLOT:
				return swapSlot != null;
			case MmPackage.CACHE_ENTRY__SHADOW:
				return shadow != SHADOW_EDEFAULT;
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
		result.append(" (index: ");
		result.append(index);
		result.append(", shadow: ");
		result.append(shadow);
		result.append(')');
		return result.toString();
	}

} //CacheEntryImpl
