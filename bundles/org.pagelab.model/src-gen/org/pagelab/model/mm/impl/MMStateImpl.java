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

import org.pagelab.model.mm.File;
import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.MMState;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.NamedValue;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.SwapSlot;
import org.pagelab.model.mm.ThreadState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>MM State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getPages <em>Pages</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getMms <em>Mms</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getSwapSlots <em>Swap Slots</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getLocks <em>Locks</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MMStateImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MMStateImpl extends MinimalEObjectImpl.Container implements MMState {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected int step = STEP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected EList<Page> pages;

	/**
	 * The cached value of the '{@link #getMms() <em>Mms</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMms()
	 * @generated
	 * @ordered
	 */
	protected EList<Mm> mms;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<File> files;

	/**
	 * The cached value of the '{@link #getSwapSlots() <em>Swap Slots</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapSlots()
	 * @generated
	 * @ordered
	 */
	protected EList<SwapSlot> swapSlots;

	/**
	 * The cached value of the '{@link #getLocks() <em>Locks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocks()
	 * @generated
	 * @ordered
	 */
	protected EList<Lock> locks;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<ThreadState> threads;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MMStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.MM_STATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM_STATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM_STATE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(int newStep) {
		int oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM_STATE__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Page> getPages() {
		if (pages == null) {
			pages = new EObjectContainmentEList<Page>(Page.class, this, MmPackage.MM_STATE__PAGES);
		}
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Mm> getMms() {
		if (mms == null) {
			mms = new EObjectContainmentEList<Mm>(Mm.class, this, MmPackage.MM_STATE__MMS);
		}
		return mms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<File> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<File>(File.class, this, MmPackage.MM_STATE__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwapSlot> getSwapSlots() {
		if (swapSlots == null) {
			swapSlots = new EObjectContainmentEList<SwapSlot>(SwapSlot.class, this, MmPackage.MM_STATE__SWAP_SLOTS);
		}
		return swapSlots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lock> getLocks() {
		if (locks == null) {
			locks = new EObjectContainmentEList<Lock>(Lock.class, this, MmPackage.MM_STATE__LOCKS);
		}
		return locks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThreadState> getThreads() {
		if (threads == null) {
			threads = new EObjectContainmentEList<ThreadState>(ThreadState.class, this, MmPackage.MM_STATE__THREADS);
		}
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<NamedValue>(NamedValue.class, this, MmPackage.MM_STATE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmPackage.MM_STATE__PAGES:
				return ((InternalEList<?>)getPages()).basicRemove(otherEnd, msgs);
			case MmPackage.MM_STATE__MMS:
				return ((InternalEList<?>)getMms()).basicRemove(otherEnd, msgs);
			case MmPackage.MM_STATE__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case MmPackage.MM_STATE__SWAP_SLOTS:
				return ((InternalEList<?>)getSwapSlots()).basicRemove(otherEnd, msgs);
			case MmPackage.MM_STATE__LOCKS:
				return ((InternalEList<?>)getLocks()).basicRemove(otherEnd, msgs);
			case MmPackage.MM_STATE__THREADS:
				return ((InternalEList<?>)getThreads()).basicRemove(otherEnd, msgs);
			case MmPackage.MM_STATE__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case MmPackage.MM_STATE__NAME:
				return getName();
			case MmPackage.MM_STATE__DESCRIPTION:
				return getDescription();
			case MmPackage.MM_STATE__STEP:
				return getStep();
			case MmPackage.MM_STATE__PAGES:
				return getPages();
			case MmPackage.MM_STATE__MMS:
				return getMms();
			case MmPackage.MM_STATE__FILES:
				return getFiles();
			case MmPackage.MM_STATE__SWAP_SLOTS:
				return getSwapSlots();
			case MmPackage.MM_STATE__LOCKS:
				return getLocks();
			case MmPackage.MM_STATE__THREADS:
				return getThreads();
			case MmPackage.MM_STATE__VALUES:
				return getValues();
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
			case MmPackage.MM_STATE__NAME:
				setName((String)newValue);
				return;
			case MmPackage.MM_STATE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case MmPackage.MM_STATE__STEP:
				setStep((Integer)newValue);
				return;
			case MmPackage.MM_STATE__PAGES:
				getPages().clear();
				getPages().addAll((Collection<? extends Page>)newValue);
				return;
			case MmPackage.MM_STATE__MMS:
				getMms().clear();
				getMms().addAll((Collection<? extends Mm>)newValue);
				return;
			case MmPackage.MM_STATE__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends File>)newValue);
				return;
			case MmPackage.MM_STATE__SWAP_SLOTS:
				getSwapSlots().clear();
				getSwapSlots().addAll((Collection<? extends SwapSlot>)newValue);
				return;
			case MmPackage.MM_STATE__LOCKS:
				getLocks().clear();
				getLocks().addAll((Collection<? extends Lock>)newValue);
				return;
			case MmPackage.MM_STATE__THREADS:
				getThreads().clear();
				getThreads().addAll((Collection<? extends ThreadState>)newValue);
				return;
			case MmPackage.MM_STATE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends NamedValue>)newValue);
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
			case MmPackage.MM_STATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.MM_STATE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case MmPackage.MM_STATE__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case MmPackage.MM_STATE__PAGES:
				getPages().clear();
				return;
			case MmPackage.MM_STATE__MMS:
				getMms().clear();
				return;
			case MmPackage.MM_STATE__FILES:
				getFiles().clear();
				return;
			case MmPackage.MM_STATE__SWAP_SLOTS:
				getSwapSlots().clear();
				return;
			case MmPackage.MM_STATE__LOCKS:
				getLocks().clear();
				return;
			case MmPackage.MM_STATE__THREADS:
				getThreads().clear();
				return;
			case MmPackage.MM_STATE__VALUES:
				getValues().clear();
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
			case MmPackage.MM_STATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.MM_STATE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case MmPackage.MM_STATE__STEP:
				return step != STEP_EDEFAULT;
			case MmPackage.MM_STATE__PAGES:
				return pages != null && !pages.isEmpty();
			case MmPackage.MM_STATE__MMS:
				return mms != null && !mms.isEmpty();
			case MmPackage.MM_STATE__FILES:
				return files != null && !files.isEmpty();
			case MmPackage.MM_STATE__SWAP_SLOTS:
				return swapSlots != null && !swapSlots.isEmpty();
			case MmPackage.MM_STATE__LOCKS:
				return locks != null && !locks.isEmpty();
			case MmPackage.MM_STATE__THREADS:
				return threads != null && !threads.isEmpty();
			case MmPackage.MM_STATE__VALUES:
				return values != null && !values.isEmpty();
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
		result.append(", description: ");
		result.append(description);
		result.append(", step: ");
		result.append(step);
		result.append(')');
		return result.toString();
	}

} //MMStateImpl
