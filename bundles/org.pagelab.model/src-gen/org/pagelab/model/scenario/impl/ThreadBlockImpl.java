/**
 */
package org.pagelab.model.scenario.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.pagelab.model.scenario.ScenarioPackage;
import org.pagelab.model.scenario.ThreadBlock;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Thread Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.impl.ThreadBlockImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ThreadBlockImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ThreadBlockImpl#isDaemon <em>Daemon</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ThreadBlockImpl#getParams <em>Params</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThreadBlockImpl extends BlockImpl implements ThreadBlock {
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
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isDaemon() <em>Daemon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDaemon()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DAEMON_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDaemon() <em>Daemon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDaemon()
	 * @generated
	 * @ordered
	 */
	protected boolean daemon = DAEMON_EDEFAULT;

	/**
	 * The default value of the '{@link #getParams() <em>Params</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParams()
	 * @generated
	 * @ordered
	 */
	protected static final String PARAMS_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getParams() <em>Params</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParams()
	 * @generated
	 * @ordered
	 */
	protected String params = PARAMS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThreadBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.THREAD_BLOCK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.THREAD_BLOCK__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.THREAD_BLOCK__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDaemon() {
		return daemon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDaemon(boolean newDaemon) {
		boolean oldDaemon = daemon;
		daemon = newDaemon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.THREAD_BLOCK__DAEMON, oldDaemon, daemon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParams() {
		return params;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParams(String newParams) {
		String oldParams = params;
		params = newParams;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.THREAD_BLOCK__PARAMS, oldParams, params));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String displayName() {
		return getRole() != null && !getRole().isEmpty() ? getRole() : "P" + getIndex();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.THREAD_BLOCK__INDEX:
				return getIndex();
			case ScenarioPackage.THREAD_BLOCK__ROLE:
				return getRole();
			case ScenarioPackage.THREAD_BLOCK__DAEMON:
				return isDaemon();
			case ScenarioPackage.THREAD_BLOCK__PARAMS:
				return getParams();
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
			case ScenarioPackage.THREAD_BLOCK__INDEX:
				setIndex((Integer)newValue);
				return;
			case ScenarioPackage.THREAD_BLOCK__ROLE:
				setRole((String)newValue);
				return;
			case ScenarioPackage.THREAD_BLOCK__DAEMON:
				setDaemon((Boolean)newValue);
				return;
			case ScenarioPackage.THREAD_BLOCK__PARAMS:
				setParams((String)newValue);
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
			case ScenarioPackage.THREAD_BLOCK__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case ScenarioPackage.THREAD_BLOCK__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ScenarioPackage.THREAD_BLOCK__DAEMON:
				setDaemon(DAEMON_EDEFAULT);
				return;
			case ScenarioPackage.THREAD_BLOCK__PARAMS:
				setParams(PARAMS_EDEFAULT);
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
			case ScenarioPackage.THREAD_BLOCK__INDEX:
				return index != INDEX_EDEFAULT;
			case ScenarioPackage.THREAD_BLOCK__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case ScenarioPackage.THREAD_BLOCK__DAEMON:
				return daemon != DAEMON_EDEFAULT;
			case ScenarioPackage.THREAD_BLOCK__PARAMS:
				return PARAMS_EDEFAULT == null ? params != null : !PARAMS_EDEFAULT.equals(params);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ScenarioPackage.THREAD_BLOCK___DISPLAY_NAME:
				return displayName();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", role: ");
		result.append(role);
		result.append(", daemon: ");
		result.append(daemon);
		result.append(", params: ");
		result.append(params);
		result.append(')');
		return result.toString();
	}

} //ThreadBlockImpl
