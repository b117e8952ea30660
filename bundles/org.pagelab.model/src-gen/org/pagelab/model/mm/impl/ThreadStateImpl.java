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
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.NamedValue;
import org.pagelab.model.mm.ThreadState;
import org.pagelab.model.mm.ThreadStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Thread State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.ThreadStateImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.ThreadStateImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.ThreadStateImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.ThreadStateImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.ThreadStateImpl#getStack <em>Stack</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.ThreadStateImpl#getRegisters <em>Registers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThreadStateImpl extends MinimalEObjectImpl.Container implements ThreadState {
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
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ThreadStatus STATUS_EDEFAULT = ThreadStatus.RUNNABLE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ThreadStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStack() <em>Stack</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStack()
	 * @generated
	 * @ordered
	 */
	protected EList<String> stack;

	/**
	 * The cached value of the '{@link #getRegisters() <em>Registers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisters()
	 * @generated
	 * @ordered
	 */
	protected EList<NamedValue> registers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThreadStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.THREAD_STATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.THREAD_STATE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.THREAD_STATE__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ThreadStatus newStatus) {
		ThreadStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.THREAD_STATE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.THREAD_STATE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStack() {
		if (stack == null) {
			stack = new EDataTypeUniqueEList<String>(String.class, this, MmPackage.THREAD_STATE__STACK);
		}
		return stack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NamedValue> getRegisters() {
		if (registers == null) {
			registers = new EObjectContainmentEList<NamedValue>(NamedValue.class, this, MmPackage.THREAD_STATE__REGISTERS);
		}
		return registers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmPackage.THREAD_STATE__REGISTERS:
				return ((InternalEList<?>)getRegisters()).basicRemove(otherEnd, msgs);
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
			case MmPackage.THREAD_STATE__NAME:
				return getName();
			case MmPackage.THREAD_STATE__INDEX:
				return getIndex();
			case MmPackage.THREAD_STATE__STATUS:
				return getStatus();
			case MmPackage.THREAD_STATE__LOCATION:
				return getLocation();
			case MmPackage.THREAD_STATE__STACK:
				return getStack();
			case MmPackage.THREAD_STATE__REGISTERS:
				return getRegisters();
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
			case MmPackage.THREAD_STATE__NAME:
				setName((String)newValue);
				return;
			case MmPackage.THREAD_STATE__INDEX:
				setIndex((Integer)newValue);
				return;
			case MmPackage.THREAD_STATE__STATUS:
				setStatus((ThreadStatus)newValue);
				return;
			case MmPackage.THREAD_STATE__LOCATION:
				setLocation((String)newValue);
				return;
			case MmPackage.THREAD_STATE__STACK:
				getStack().clear();
				getStack().addAll((Collection<? extends String>)newValue);
				return;
			case MmPackage.THREAD_STATE__REGISTERS:
				getRegisters().clear();
				getRegisters().addAll((Collection<? extends NamedValue>)newValue);
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
			case MmPackage.THREAD_STATE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.THREAD_STATE__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case MmPackage.THREAD_STATE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case MmPackage.THREAD_STATE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case MmPackage.THREAD_STATE__STACK:
				getStack().clear();
				return;
			case MmPackage.THREAD_STATE__REGISTERS:
				getRegisters().clear();
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
			case MmPackage.THREAD_STATE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.THREAD_STATE__INDEX:
				return index != INDEX_EDEFAULT;
			case MmPackage.THREAD_STATE__STATUS:
				return status != STATUS_EDEFAULT;
			case MmPackage.THREAD_STATE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case MmPackage.THREAD_STATE__STACK:
				return stack != null && !stack.isEmpty();
			case MmPackage.THREAD_STATE__REGISTERS:
				return registers != null && !registers.isEmpty();
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
		result.append(", index: ");
		result.append(index);
		result.append(", status: ");
		result.append(status);
		result.append(", location: ");
		result.append(location);
		result.append(", stack: ");
		result.append(stack);
		result.append(')');
		return result.toString();
	}

} //ThreadStateImpl
