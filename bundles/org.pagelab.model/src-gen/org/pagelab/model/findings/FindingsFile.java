/**
 */
package org.pagelab.model.findings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .findings file: the findings on one scenario or one trace, in the order they were made.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.FindingsFile#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.pagelab.model.findings.FindingsFile#getSubjectKind <em>Subject Kind</em>}</li>
 *   <li>{@link org.pagelab.model.findings.FindingsFile#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getFindingsFile()
 * @model
 * @generated
 */
public interface FindingsFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The annotated file's name, relative to the directory of the findings file (normally the findings file's name without .findings).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getFindingsFile_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.FindingsFile#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Subject Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.findings.SubjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the annotated file is a scenario (anchors point into its counterexamples) or a trace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Kind</em>' attribute.
	 * @see org.pagelab.model.findings.SubjectKind
	 * @see #setSubjectKind(SubjectKind)
	 * @see org.pagelab.model.findings.FindingsPackage#getFindingsFile_SubjectKind()
	 * @model
	 * @generated
	 */
	SubjectKind getSubjectKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.FindingsFile#getSubjectKind <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Kind</em>' attribute.
	 * @see org.pagelab.model.findings.SubjectKind
	 * @see #getSubjectKind()
	 * @generated
	 */
	void setSubjectKind(SubjectKind value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.pagelab.model.findings.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The findings in the order they were made; the reply orders them by the place they annotate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.pagelab.model.findings.FindingsPackage#getFindingsFile_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

} // FindingsFile
