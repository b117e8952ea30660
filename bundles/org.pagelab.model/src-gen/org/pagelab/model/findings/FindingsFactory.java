/**
 */
package org.pagelab.model.findings;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.pagelab.model.findings.FindingsPackage
 * @generated
 */
public interface FindingsFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FindingsFactory eINSTANCE = org.pagelab.model.findings.impl.FindingsFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File</em>'.
	 * @generated
	 */
	FindingsFile createFindingsFile();

	/**
	 * Returns a new object of class '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finding</em>'.
	 * @generated
	 */
	Finding createFinding();

	/**
	 * Returns a new object of class '<em>Step Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Anchor</em>'.
	 * @generated
	 */
	StepAnchor createStepAnchor();

	/**
	 * Returns a new object of class '<em>Step Range Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step Range Anchor</em>'.
	 * @generated
	 */
	StepRangeAnchor createStepRangeAnchor();

	/**
	 * Returns a new object of class '<em>Trace Event Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Trace Event Anchor</em>'.
	 * @generated
	 */
	TraceEventAnchor createTraceEventAnchor();

	/**
	 * Returns a new object of class '<em>Time Range Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Time Range Anchor</em>'.
	 * @generated
	 */
	TimeRangeAnchor createTimeRangeAnchor();

	/**
	 * Returns a new object of class '<em>Page Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page Anchor</em>'.
	 * @generated
	 */
	PageAnchor createPageAnchor();

	/**
	 * Returns a new object of class '<em>Vma Anchor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vma Anchor</em>'.
	 * @generated
	 */
	VmaAnchor createVmaAnchor();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FindingsPackage getFindingsPackage();

} //FindingsFactory
