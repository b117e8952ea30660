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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.pagelab.model.mm.File;
import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.PageFlag;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.Vma;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Page</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getCompoundHead <em>Compound Head</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getRefcount <em>Refcount</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getMapcount <em>Mapcount</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getPincount <em>Pincount</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getAnonVma <em>Anon Vma</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getSwapSlot <em>Swap Slot</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getData <em>Data</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#isFree <em>Free</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#isBuffers <em>Buffers</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.PageImpl#getLock <em>Lock</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PageImpl extends MinimalEObjectImpl.Container implements Page {
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
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCompoundHead() <em>Compound Head</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompoundHead()
	 * @generated
	 * @ordered
	 */
	protected Page compoundHead;

	/**
	 * The default value of the '{@link #getRefcount() <em>Refcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefcount()
	 * @generated
	 * @ordered
	 */
	protected static final int REFCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRefcount() <em>Refcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRefcount()
	 * @generated
	 * @ordered
	 */
	protected int refcount = REFCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMapcount() <em>Mapcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapcount()
	 * @generated
	 * @ordered
	 */
	protected static final int MAPCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMapcount() <em>Mapcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapcount()
	 * @generated
	 * @ordered
	 */
	protected int mapcount = MAPCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPincount() <em>Pincount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPincount()
	 * @generated
	 * @ordered
	 */
	protected static final int PINCOUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPincount() <em>Pincount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPincount()
	 * @generated
	 * @ordered
	 */
	protected int pincount = PINCOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected EList<PageFlag> flags;

	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected File mapping;

	/**
	 * The cached value of the '{@link #getAnonVma() <em>Anon Vma</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnonVma()
	 * @generated
	 * @ordered
	 */
	protected Vma anonVma;

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
	 * The cached value of the '{@link #getSwapSlot() <em>Swap Slot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapSlot()
	 * @generated
	 * @ordered
	 */
	protected SwapSlot swapSlot;

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
	 * The default value of the '{@link #isFree() <em>Free</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFree()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FREE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFree() <em>Free</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFree()
	 * @generated
	 * @ordered
	 */
	protected boolean free = FREE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBuffers() <em>Buffers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuffers()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUFFERS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuffers() <em>Buffers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuffers()
	 * @generated
	 * @ordered
	 */
	protected boolean buffers = BUFFERS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLock() <em>Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLock()
	 * @generated
	 * @ordered
	 */
	protected Lock lock;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.PAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__PFN, oldPfn, pfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder) {
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Page getCompoundHead() {
		if (compoundHead != null && compoundHead.eIsProxy()) {
			InternalEObject oldCompoundHead = (InternalEObject)compoundHead;
			compoundHead = (Page)eResolveProxy(oldCompoundHead);
			if (compoundHead != oldCompoundHead) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PAGE__COMPOUND_HEAD, oldCompoundHead, compoundHead));
			}
		}
		return compoundHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Page basicGetCompoundHead() {
		return compoundHead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompoundHead(Page newCompoundHead) {
		Page oldCompoundHead = compoundHead;
		compoundHead = newCompoundHead;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__COMPOUND_HEAD, oldCompoundHead, compoundHead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRefcount() {
		return refcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRefcount(int newRefcount) {
		int oldRefcount = refcount;
		refcount = newRefcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__REFCOUNT, oldRefcount, refcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMapcount() {
		return mapcount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapcount(int newMapcount) {
		int oldMapcount = mapcount;
		mapcount = newMapcount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__MAPCOUNT, oldMapcount, mapcount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPincount() {
		return pincount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPincount(int newPincount) {
		int oldPincount = pincount;
		pincount = newPincount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__PINCOUNT, oldPincount, pincount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PageFlag> getFlags() {
		if (flags == null) {
			flags = new EDataTypeUniqueEList<PageFlag>(PageFlag.class, this, MmPackage.PAGE__FLAGS);
		}
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public File getMapping() {
		if (mapping != null && mapping.eIsProxy()) {
			InternalEObject oldMapping = (InternalEObject)mapping;
			mapping = (File)eResolveProxy(oldMapping);
			if (mapping != oldMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PAGE__MAPPING, oldMapping, mapping));
			}
		}
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public File basicGetMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(File newMapping) {
		File oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vma getAnonVma() {
		if (anonVma != null && anonVma.eIsProxy()) {
			InternalEObject oldAnonVma = (InternalEObject)anonVma;
			anonVma = (Vma)eResolveProxy(oldAnonVma);
			if (anonVma != oldAnonVma) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PAGE__ANON_VMA, oldAnonVma, anonVma));
			}
		}
		return anonVma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Vma basicGetAnonVma() {
		return anonVma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnonVma(Vma newAnonVma) {
		Vma oldAnonVma = anonVma;
		anonVma = newAnonVma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__ANON_VMA, oldAnonVma, anonVma));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__INDEX, oldIndex, index));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmPackage.PAGE__SWAP_SLOT, oldSwapSlot, swapSlot));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__SWAP_SLOT, oldSwapSlot, swapSlot));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFree() {
		return free;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFree(boolean newFree) {
		boolean oldFree = free;
		free = newFree;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__FREE, oldFree, free));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuffers() {
		return buffers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuffers(boolean newBuffers) {
		boolean oldBuffers = buffers;
		buffers = newBuffers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__BUFFERS, oldBuffers, buffers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lock getLock() {
		return lock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLock(Lock newLock, NotificationChain msgs) {
		Lock oldLock = lock;
		lock = newLock;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__LOCK, oldLock, newLock);
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
	public void setLock(Lock newLock) {
		if (newLock != lock) {
			NotificationChain msgs = null;
			if (lock != null)
				msgs = ((InternalEObject)lock).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MmPackage.PAGE__LOCK, null, msgs);
			if (newLock != null)
				msgs = ((InternalEObject)newLock).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MmPackage.PAGE__LOCK, null, msgs);
			msgs = basicSetLock(newLock, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.PAGE__LOCK, newLock, newLock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmPackage.PAGE__LOCK:
				return basicSetLock(null, msgs);
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
			case MmPackage.PAGE__NAME:
				return getName();
			case MmPackage.PAGE__PFN:
				return getPfn();
			case MmPackage.PAGE__ORDER:
				return getOrder();
			case MmPackage.PAGE__COMPOUND_HEAD:
				if (resolve) return getCompoundHead();
				return basicGetCompoundHead();
			case MmPackage.PAGE__REFCOUNT:
				return getRefcount();
			case MmPackage.PAGE__MAPCOUNT:
				return getMapcount();
			case MmPackage.PAGE__PINCOUNT:
				return getPincount();
			case MmPackage.PAGE__FLAGS:
				return getFlags();
			case MmPackage.PAGE__MAPPING:
				if (resolve) return getMapping();
				return basicGetMapping();
			case MmPackage.PAGE__ANON_VMA:
				if (resolve) return getAnonVma();
				return basicGetAnonVma();
			case MmPackage.PAGE__INDEX:
				return getIndex();
			case MmPackage.PAGE__SWAP_SLOT:
				if (resolve) return getSwapSlot();
				return basicGetSwapSlot();
			case MmPackage.PAGE__DATA:
				return getData();
			case MmPackage.PAGE__FREE:
				return isFree();
			case MmPackage.PAGE__BUFFERS:
				return isBuffers();
			case MmPackage.PAGE__LOCK:
				return getLock();
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
			case MmPackage.PAGE__NAME:
				setName((String)newValue);
				return;
			case MmPackage.PAGE__PFN:
				setPfn((Long)newValue);
				return;
			case MmPackage.PAGE__ORDER:
				setOrder((Integer)newValue);
				return;
			case MmPackage.PAGE__COMPOUND_HEAD:
				setCompoundHead((Page)newValue);
				return;
			case MmPackage.PAGE__REFCOUNT:
				setRefcount((Integer)newValue);
				return;
			case MmPackage.PAGE__MAPCOUNT:
				setMapcount((Integer)newValue);
				return;
			case MmPackage.PAGE__PINCOUNT:
				setPincount((Integer)newValue);
				return;
			case MmPackage.PAGE__FLAGS:
				getFlags().clear();
				getFlags().addAll((Collection<? extends PageFlag>)newValue);
				return;
			case MmPackage.PAGE__MAPPING:
				setMapping((File)newValue);
				return;
			case MmPackage.PAGE__ANON_VMA:
				setAnonVma((Vma)newValue);
				return;
			case MmPackage.PAGE__INDEX:
				setIndex((Long)newValue);
				return;
			case MmPackage.PAGE__SWAP_SLOT:
				setSwapSlot((SwapSlot)newValue);
				return;
			case MmPackage.PAGE__DATA:
				setData((String)newValue);
				return;
			case MmPackage.PAGE__FREE:
				setFree((Boolean)newValue);
				return;
			case MmPackage.PAGE__BUFFERS:
				setBuffers((Boolean)newValue);
				return;
			case MmPackage.PAGE__LOCK:
				setLock((Lock)newValue);
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
			case MmPackage.PAGE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.PAGE__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case MmPackage.PAGE__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case MmPackage.PAGE__COMPOUND_HEAD:
				setCompoundHead((Page)null);
				return;
			case MmPackage.PAGE__REFCOUNT:
				setRefcount(REFCOUNT_EDEFAULT);
				return;
			case MmPackage.PAGE__MAPCOUNT:
				setMapcount(MAPCOUNT_EDEFAULT);
				return;
			case MmPackage.PAGE__PINCOUNT:
				setPincount(PINCOUNT_EDEFAULT);
				return;
			case MmPackage.PAGE__FLAGS:
				getFlags().clear();
				return;
			case MmPackage.PAGE__MAPPING:
				setMapping((File)null);
				return;
			case MmPackage.PAGE__ANON_VMA:
				setAnonVma((Vma)null);
				return;
			case MmPackage.PAGE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case MmPackage.PAGE__SWAP_SLOT:
				setSwapSlot((SwapSlot)null);
				return;
			case MmPackage.PAGE__DATA:
				setData(DATA_EDEFAULT);
				return;
			case MmPackage.PAGE__FREE:
				setFree(FREE_EDEFAULT);
				return;
			case MmPackage.PAGE__BUFFERS:
				setBuffers(BUFFERS_EDEFAULT);
				return;
			case MmPackage.PAGE__LOCK:
				setLock((Lock)null);
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
			case MmPackage.PAGE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.PAGE__PFN:
				return pfn != PFN_EDEFAULT;
			case MmPackage.PAGE__ORDER:
				return order != ORDER_EDEFAULT;
			case MmPackage.PAGE__COMPOUND_HEAD:
				return compoundHead != null;
			case MmPackage.PAGE__REFCOUNT:
				return refcount != REFCOUNT_EDEFAULT;
			case MmPackage.PAGE__MAPCOUNT:
				return mapcount != MAPCOUNT_EDEFAULT;
			case MmPackage.PAGE__PINCOUNT:
				return pincount != PINCOUNT_EDEFAULT;
			case MmPackage.PAGE__FLAGS:
				return flags != null && !flags.isEmpty();
			case MmPackage.PAGE__MAPPING:
				return mapping != null;
			case MmPackage.PAGE__ANON_VMA:
				return anonVma != null;
			case MmPackage.PAGE__INDEX:
				return index != INDEX_EDEFAULT;
			case MmPackage.PAGE__SWAP_SLOT:
				return swapSlot != null;
			case MmPackage.PAGE__DATA:
				return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
			case MmPackage.PAGE__FREE:
				return free != FREE_EDEFAULT;
			case MmPackage.PAGE__BUFFERS:
				return buffers != BUFFERS_EDEFAULT;
			case MmPackage.PAGE__LOCK:
				return lock != null;
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
		result.append(", pfn: ");
		result.append(pfn);
		result.append(", order: ");
		result.append(order);
		result.append(", refcount: ");
		result.append(refcount);
		result.append(", mapcount: ");
		result.append(mapcount);
		result.append(", pincount: ");
		result.append(pincount);
		result.append(", flags: ");
		result.append(flags);
		result.append(", index: ");
		result.append(index);
		result.append(", data: ");
		result.append(data);
		result.append(", free: ");
		result.append(free);
		result.append(", buffers: ");
		result.append(buffers);
		result.append(')');
		return result.toString();
	}

} //PageImpl
