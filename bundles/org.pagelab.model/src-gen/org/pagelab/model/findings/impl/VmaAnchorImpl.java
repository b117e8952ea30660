/**
 */
package org.pagelab.model.findings.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.VmaAnchor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vma Anchor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.impl.VmaAnchorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.VmaAnchorImpl#getMm <em>Mm</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.VmaAnchorImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.VmaAnchorImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.VmaAnchorImpl#getAt <em>At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmaAnchorImpl extends AnchorImpl implements VmaAnchor {
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
	 * The default value of the '{@link #getMm() <em>Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMm()
	 * @generated
	 * @ordered
	 */
	protected static final String MM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMm() <em>Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMm()
	 * @generated
	 * @ordered
	 */
	protected String mm = MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final long START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected long start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected long end = END_EDEFAULT;

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
	protected VmaAnchorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FindingsPackage.Literals.VMA_ANCHOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.VMA_ANCHOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMm() {
		return mm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMm(String newMm) {
		String oldMm = mm;
		mm = newMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.VMA_ANCHOR__MM, oldMm, mm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(long newStart) {
		long oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.VMA_ANCHOR__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(long newEnd) {
		long oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.VMA_ANCHOR__END, oldEnd, end));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FindingsPackage.VMA_ANCHOR__AT, oldAt, newAt);
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
				msgs = ((InternalEObject)at).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FindingsPackage.VMA_ANCHOR__AT, null, msgs);
			if (newAt != null)
				msgs = ((InternalEObject)newAt).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FindingsPackage.VMA_ANCHOR__AT, null, msgs);
			msgs = basicSetAt(newAt, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.VMA_ANCHOR__AT, newAt, newAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FindingsPackage.VMA_ANCHOR__AT:
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
			case FindingsPackage.VMA_ANCHOR__NAME:
				return getName();
			case FindingsPackage.VMA_ANCHOR__MM:
				return getMm();
			case FindingsPackage.VMA_ANCHOR__START:
				return getStart();
			case FindingsPackage.VMA_ANCHOR__END:
				return getEnd();
			case FindingsPackage.VMA_ANCHOR__AT:
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
			case FindingsPackage.VMA_ANCHOR__NAME:
				setName((String)newValue);
				return;
			case FindingsPackage.VMA_ANCHOR__MM:
				setMm((String)newValue);
				return;
			case FindingsPackage.VMA_ANCHOR__START:
				setStart((Long)newValue);
				return;
			case FindingsPackage.VMA_ANCHOR__END:
				setEnd((Long)newValue);
				return;
			case FindingsPackage.VMA_ANCHOR__AT:
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
			case FindingsPackage.VMA_ANCHOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FindingsPackage.VMA_ANCHOR__MM:
				setMm(MM_EDEFAULT);
				return;
			case FindingsPackage.VMA_ANCHOR__START:
				setStart(START_EDEFAULT);
				return;
			case FindingsPackage.VMA_ANCHOR__END:
				setEnd(END_EDEFAULT);
				return;
			case FindingsPackage.VMA_ANCHOR__AT:
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
			case FindingsPackage.VMA_ANCHOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FindingsPackage.VMA_ANCHOR__MM:
				return MM_EDEFAULT == null ? mm != null : !MM_EDEFAULT.equals(mm);
			case FindingsPackage.VMA_ANCHOR__START:
				return start != START_EDEFAULT;
			case FindingsPackage.VMA_ANCHOR__END:
				return end != END_EDEFAULT;
			case FindingsPackage.VMA_ANCHOR__AT:
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
		result.append(", mm: ");
		result.append(mm);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(')');
		return result.toString();
	}

} //VmaAnchorImpl
