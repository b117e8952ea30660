/**
 */
package org.pagelab.model.findings.impl;

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

import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.SubjectKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.impl.FindingsFileImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.FindingsFileImpl#getSubjectKind <em>Subject Kind</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.FindingsFileImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingsFileImpl extends MinimalEObjectImpl.Container implements FindingsFile {
	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectKind() <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKind()
	 * @generated
	 * @ordered
	 */
	protected static final SubjectKind SUBJECT_KIND_EDEFAULT = SubjectKind.SCENARIO;

	/**
	 * The cached value of the '{@link #getSubjectKind() <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKind()
	 * @generated
	 * @ordered
	 */
	protected SubjectKind subjectKind = SUBJECT_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingsFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FindingsPackage.Literals.FINDINGS_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.FINDINGS_FILE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectKind getSubjectKind() {
		return subjectKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectKind(SubjectKind newSubjectKind) {
		SubjectKind oldSubjectKind = subjectKind;
		subjectKind = newSubjectKind == null ? SUBJECT_KIND_EDEFAULT : newSubjectKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.FINDINGS_FILE__SUBJECT_KIND, oldSubjectKind, subjectKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, FindingsPackage.FINDINGS_FILE__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FindingsPackage.FINDINGS_FILE__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
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
			case FindingsPackage.FINDINGS_FILE__SUBJECT:
				return getSubject();
			case FindingsPackage.FINDINGS_FILE__SUBJECT_KIND:
				return getSubjectKind();
			case FindingsPackage.FINDINGS_FILE__FINDINGS:
				return getFindings();
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
			case FindingsPackage.FINDINGS_FILE__SUBJECT:
				setSubject((String)newValue);
				return;
			case FindingsPackage.FINDINGS_FILE__SUBJECT_KIND:
				setSubjectKind((SubjectKind)newValue);
				return;
			case FindingsPackage.FINDINGS_FILE__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
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
			case FindingsPackage.FINDINGS_FILE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case FindingsPackage.FINDINGS_FILE__SUBJECT_KIND:
				setSubjectKind(SUBJECT_KIND_EDEFAULT);
				return;
			case FindingsPackage.FINDINGS_FILE__FINDINGS:
				getFindings().clear();
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
			case FindingsPackage.FINDINGS_FILE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case FindingsPackage.FINDINGS_FILE__SUBJECT_KIND:
				return subjectKind != SUBJECT_KIND_EDEFAULT;
			case FindingsPackage.FINDINGS_FILE__FINDINGS:
				return findings != null && !findings.isEmpty();
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
		result.append(" (subject: ");
		result.append(subject);
		result.append(", subjectKind: ");
		result.append(subjectKind);
		result.append(')');
		return result.toString();
	}

} //FindingsFileImpl
