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

import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.UffdMessage;
import org.pagelab.model.mm.Userfaultfd;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Userfaultfd</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.UserfaultfdImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.UserfaultfdImpl#isMissing <em>Missing</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.UserfaultfdImpl#isWp <em>Wp</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.UserfaultfdImpl#getPending <em>Pending</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserfaultfdImpl extends MinimalEObjectImpl.Container implements Userfaultfd {
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
	 * The default value of the '{@link #isMissing() <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMissing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MISSING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMissing() <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMissing()
	 * @generated
	 * @ordered
	 */
	protected boolean missing = MISSING_EDEFAULT;

	/**
	 * The default value of the '{@link #isWp() <em>Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWp() <em>Wp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWp()
	 * @generated
	 * @ordered
	 */
	protected boolean wp = WP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPending() <em>Pending</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPending()
	 * @generated
	 * @ordered
	 */
	protected EList<UffdMessage> pending;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserfaultfdImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.USERFAULTFD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.USERFAULTFD__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMissing() {
		return missing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissing(boolean newMissing) {
		boolean oldMissing = missing;
		missing = newMissing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.USERFAULTFD__MISSING, oldMissing, missing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWp() {
		return wp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWp(boolean newWp) {
		boolean oldWp = wp;
		wp = newWp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.USERFAULTFD__WP, oldWp, wp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UffdMessage> getPending() {
		if (pending == null) {
			pending = new EObjectContainmentEList<UffdMessage>(UffdMessage.class, this, MmPackage.USERFAULTFD__PENDING);
		}
		return pending;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmPackage.USERFAULTFD__PENDING:
				return ((InternalEList<?>)getPending()).basicRemove(otherEnd, msgs);
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
			case MmPackage.USERFAULTFD__NAME:
				return getName();
			case MmPackage.USERFAULTFD__MISSING:
				return isMissing();
			case MmPackage.USERFAULTFD__WP:
				return isWp();
			case MmPackage.USERFAULTFD__PENDING:
				return getPending();
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
			case MmPackage.USERFAULTFD__NAME:
				setName((String)newValue);
				return;
			case MmPackage.USERFAULTFD__MISSING:
				setMissing((Boolean)newValue);
				return;
			case MmPackage.USERFAULTFD__WP:
				setWp((Boolean)newValue);
				return;
			case MmPackage.USERFAULTFD__PENDING:
				getPending().clear();
				getPending().addAll((Collection<? extends UffdMessage>)newValue);
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
			case MmPackage.USERFAULTFD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.USERFAULTFD__MISSING:
				setMissing(MISSING_EDEFAULT);
				return;
			case MmPackage.USERFAULTFD__WP:
				setWp(WP_EDEFAULT);
				return;
			case MmPackage.USERFAULTFD__PENDING:
				getPending().clear();
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
			case MmPackage.USERFAULTFD__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.USERFAULTFD__MISSING:
				return missing != MISSING_EDEFAULT;
			case MmPackage.USERFAULTFD__WP:
				return wp != WP_EDEFAULT;
			case MmPackage.USERFAULTFD__PENDING:
				return pending != null && !pending.isEmpty();
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
		result.append(", missing: ");
		result.append(missing);
		result.append(", wp: ");
		result.append(wp);
		result.append(')');
		return result.toString();
	}

} //UserfaultfdImpl
