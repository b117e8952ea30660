/**
 */
package org.pagelab.model.findings.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.StepAnchor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Page Anchor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.impl.PageAnchorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.PageAnchorImpl#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.PageAnchorImpl#getAt <em>At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PageAnchorImpl extends AnchorImpl implements PageAnchor {
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
	protected static final long PFN_EDEFAULT = -1L;

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
	 * The cached value of the '{@link #getAt() <em>At</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected StepAnchor at;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PageAnchorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FindingsPackage.Literals.PAGE_ANCHOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.PAGE_ANCHOR__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.PAGE_ANCHOR__PFN, oldPfn, pfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepAnchor getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAt(StepAnchor newAt, NotificationChain msgs) {
		StepAnchor oldAt = at;
		at = newAt;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FindingsPackage.PAGE_ANCHOR__AT, oldAt, newAt);
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
	public void setAt(StepAnchor newAt) {
		if (newAt != at) {
			NotificationChain msgs = null;
			if (at != null)
				msgs = ((InternalEObject)at).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FindingsPackage.PAGE_ANCHOR__AT, null, msgs);
			if (newAt != null)
				msgs = ((InternalEObject)newAt).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FindingsPackage.PAGE_ANCHOR__AT, null, msgs);
			msgs = basicSetAt(newAt, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.PAGE_ANCHOR__AT, newAt, newAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FindingsPackage.PAGE_ANCHOR__AT:
				return basicSetAt(null, msgs);
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
			case FindingsPackage.PAGE_ANCHOR__NAME:
				return getName();
			case FindingsPackage.PAGE_ANCHOR__PFN:
				return getPfn();
			case FindingsPackage.PAGE_ANCHOR__AT:
				return getAt();
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
			case FindingsPackage.PAGE_ANCHOR__NAME:
				setName((String)newValue);
				return;
			case FindingsPackage.PAGE_ANCHOR__PFN:
				setPfn((Long)newValue);
				return;
			case FindingsPackage.PAGE_ANCHOR__AT:
				setAt((StepAnchor)newValue);
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
			case FindingsPackage.PAGE_ANCHOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FindingsPackage.PAGE_ANCHOR__PFN:
				setPfn(PFN_EDEFAULT);
				return;
			case FindingsPackage.PAGE_ANCHOR__AT:
				setAt((StepAnchor)null);
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
			case FindingsPackage.PAGE_ANCHOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FindingsPackage.PAGE_ANCHOR__PFN:
				return pfn != PFN_EDEFAULT;
			case FindingsPackage.PAGE_ANCHOR__AT:
				return at != null;
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
		result.append(')');
		return result.toString();
	}

} //PageAnchorImpl
