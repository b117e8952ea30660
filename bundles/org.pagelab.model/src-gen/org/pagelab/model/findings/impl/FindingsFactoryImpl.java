/**
 */
package org.pagelab.model.findings.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.pagelab.model.findings.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FindingsFactoryImpl extends EFactoryImpl implements FindingsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FindingsFactory init() {
		try {
			FindingsFactory theFindingsFactory = (FindingsFactory)EPackage.Registry.INSTANCE.getEFactory(FindingsPackage.eNS_URI);
			if (theFindingsFactory != null) {
				return theFindingsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FindingsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FindingsPackage.FINDINGS_FILE: return createFindingsFile();
			case FindingsPackage.FINDING: return createFinding();
			case FindingsPackage.STEP_ANCHOR: return createStepAnchor();
			case FindingsPackage.STEP_RANGE_ANCHOR: return createStepRangeAnchor();
			case FindingsPackage.TRACE_EVENT_ANCHOR: return createTraceEventAnchor();
			case FindingsPackage.TIME_RANGE_ANCHOR: return createTimeRangeAnchor();
			case FindingsPackage.PAGE_ANCHOR: return createPageAnchor();
			case FindingsPackage.VMA_ANCHOR: return createVmaAnchor();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FindingsPackage.SUBJECT_KIND:
				return createSubjectKindFromString(eDataType, initialValue);
			case FindingsPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FindingsPackage.SUBJECT_KIND:
				return convertSubjectKindToString(eDataType, instanceValue);
			case FindingsPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingsFile createFindingsFile() {
		FindingsFileImpl findingsFile = new FindingsFileImpl();
		return findingsFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepAnchor createStepAnchor() {
		StepAnchorImpl stepAnchor = new StepAnchorImpl();
		return stepAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepRangeAnchor createStepRangeAnchor() {
		StepRangeAnchorImpl stepRangeAnchor = new StepRangeAnchorImpl();
		return stepRangeAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TraceEventAnchor createTraceEventAnchor() {
		TraceEventAnchorImpl traceEventAnchor = new TraceEventAnchorImpl();
		return traceEventAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeRangeAnchor createTimeRangeAnchor() {
		TimeRangeAnchorImpl timeRangeAnchor = new TimeRangeAnchorImpl();
		return timeRangeAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PageAnchor createPageAnchor() {
		PageAnchorImpl pageAnchor = new PageAnchorImpl();
		return pageAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmaAnchor createVmaAnchor() {
		VmaAnchorImpl vmaAnchor = new VmaAnchorImpl();
		return vmaAnchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubjectKind createSubjectKindFromString(EDataType eDataType, String initialValue) {
		SubjectKind result = SubjectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubjectKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingsPackage getFindingsPackage() {
		return (FindingsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FindingsPackage getPackage() {
		return FindingsPackage.eINSTANCE;
	}

} //FindingsFactoryImpl
