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
import org.pagelab.model.mm.SwapSlot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Swap Slot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.SwapSlotImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.SwapSlotImpl#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.SwapSlotImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.SwapSlotImpl#getData <em>Data</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.SwapSlotImpl#getCachePage <em>Cache Page</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SwapSlotImpl extends MinimalEObjectImpl.Container implements SwapSlot {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected static final long OFFSET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOffset() <em>Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffset()
	 * @generated
	 * @ordered
	 */
	protected long offset = OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected String data = DATA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCachePage() <em>Cache Page</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCachePage()
	 * @generated
	 * @ordered
	 */
	protected Page cachePage;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SwapSlotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.SWAP_SLOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.SWAP_SLOT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOffset() {
		return offset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffset(long newOffset) {
		long oldOffset = offset;
		offset = newOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.SWAP_SLOT__OFFSET, oldOffset, offset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.SWAP_SLOT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(String newData) {
		String oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.SWAP_SLOT__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Page getCachePage() {
		if (cachePage != null && cachePage.eIsProxy()) {
			InternalEObject oldCachePage = (InternalEObject)cachePage;
			cachePage = (Page)eResolveProxy(oldCachePage);
			if (cachePage != oldCachePage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.SWAP_SLOT__CACHE_PAGE, oldCachePage, cachePage));
			}
		}
		return cachePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Page basicGetCachePage() {
		return cachePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCachePage(Page newCachePage) {
		Page oldCachePage = cachePage;
		cachePage = newCachePage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.SWAP_SLOT__CACHE_PAGE, oldCachePage, cachePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmPackage.SWAP_SLOT__NAME:
				return getName();
			case MmPackage.SWAP_SLOT__OFFSET:
				return getOffset();
			case MmPackage.SWAP_SLOT__COUNT:
				return getCount();
			case MmPackage.SWAP_SLOT__DATA:
				return getData();
			case MmPackage.SWAP_SLOT__CACHE_PAGE:
				if (resolve) return getCachePage();
				return basicGetCachePage();
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
			case MmPackage.SWAP_SLOT__NAME:
				setName((String)newValue);
				return;
			case MmPackage.SWAP_SLOT__OFFSET:
				setOffset((Long)newValue);
				return;
			case MmPackage.SWAP_SLOT__COUNT:
				setCount((Integer)newValue);
				return;
			case MmPackage.SWAP_SLOT__DATA:
				setData((String)newValue);
				return;
			case MmPackage.SWAP_SLOT__CACHE_PAGE:
				setCachePage((Page)newValue);
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
			case MmPackage.SWAP_SLOT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.SWAP_SLOT__OFFSET:
				setOffset(OFFSET_EDEFAULT);
				return;
			case MmPackage.SWAP_SLOT__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case MmPackage.SWAP_SLOT__DATA:
				setData(DATA_EDEFAULT);
				return;
			case MmPackage.SWAP_SLOT__CACHE_PAGE:
				setCachePage((Page)null);
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
			case MmPackage.SWAP_SLOT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.SWAP_SLOT__OFFSET:
				return offset != OFFSET_EDEFAULT;
			case MmPackage.SWAP_SLOT__COUNT:
				return count != COUNT_EDEFAULT;
			case MmPackage.SWAP_SLOT__DATA:
				return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
			case MmPackage.SWAP_SLOT__CACHE_PAGE:
				return cachePage != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", offset: ");
		result.append(offset);
		result.append(", count: ");
		result.append(count);
		result.append(", data: ");
		result.append(data);
		result.append(')');
		return result.toString();
	}

} //SwapSlotImpl
