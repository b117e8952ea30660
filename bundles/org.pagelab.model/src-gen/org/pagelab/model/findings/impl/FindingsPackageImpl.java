/**
 */
package org.pagelab.model.findings.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.pagelab.model.findings.Anchor;
import org.pagelab.model.findings.Finding;
import org.pagelab.model.findings.FindingsFactory;
import org.pagelab.model.findings.FindingsFile;
import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.PageAnchor;
import org.pagelab.model.findings.Severity;
import org.pagelab.model.findings.StepAnchor;
import org.pagelab.model.findings.StepRangeAnchor;
import org.pagelab.model.findings.SubjectKind;
import org.pagelab.model.findings.TimeRangeAnchor;
import org.pagelab.model.findings.TraceEventAnchor;
import org.pagelab.model.findings.VmaAnchor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FindingsPackageImpl extends EPackageImpl implements FindingsPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingsFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepRangeAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass traceEventAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timeRangeAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pageAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vmaAnchorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subjectKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.pagelab.model.findings.FindingsPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FindingsPackageImpl() {
		super(eNS_URI, FindingsFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FindingsPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FindingsPackage init() {
		if (isInited) return (FindingsPackage)EPackage.Registry.INSTANCE.getEPackage(FindingsPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFindingsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FindingsPackageImpl theFindingsPackage = registeredFindingsPackage instanceof FindingsPackageImpl ? (FindingsPackageImpl)registeredFindingsPackage : new FindingsPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFindingsPackage.createPackageContents();

		// Initialize created meta-data
		theFindingsPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFindingsPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FindingsPackage.eNS_URI, theFindingsPackage);
		return theFindingsPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFindingsFile() {
		return findingsFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFindingsFile_Subject() {
		return (EAttribute)findingsFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFindingsFile_SubjectKind() {
		return (EAttribute)findingsFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFindingsFile_Findings() {
		return (EReference)findingsFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Id() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Title() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Text() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Severity() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Tags() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Created() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Author() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinding_Anchor() {
		return (EReference)findingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnchor() {
		return anchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnchor_Label() {
		return (EAttribute)anchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepAnchor() {
		return stepAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Thread() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Function() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_File() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_SourceLine() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Line() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Changes() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Ordinal() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Index() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Model() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepAnchor_Variants() {
		return (EAttribute)stepAnchorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepRangeAnchor() {
		return stepRangeAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepRangeAnchor_First() {
		return (EReference)stepRangeAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepRangeAnchor_Last() {
		return (EReference)stepRangeAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraceEventAnchor() {
		return traceEventAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_Timestamp() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_Cpu() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_Pid() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_Event() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_PayloadHash() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_Payload() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraceEventAnchor_Index() {
		return (EAttribute)traceEventAnchorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeRangeAnchor() {
		return timeRangeAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeRangeAnchor_Start() {
		return (EAttribute)timeRangeAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeRangeAnchor_End() {
		return (EAttribute)timeRangeAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeRangeAnchor_Cpu() {
		return (EAttribute)timeRangeAnchorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPageAnchor() {
		return pageAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageAnchor_Name() {
		return (EAttribute)pageAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageAnchor_Pfn() {
		return (EAttribute)pageAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPageAnchor_At() {
		return (EReference)pageAnchorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVmaAnchor() {
		return vmaAnchorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmaAnchor_Name() {
		return (EAttribute)vmaAnchorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmaAnchor_Mm() {
		return (EAttribute)vmaAnchorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmaAnchor_Start() {
		return (EAttribute)vmaAnchorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmaAnchor_End() {
		return (EAttribute)vmaAnchorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmaAnchor_At() {
		return (EReference)vmaAnchorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubjectKind() {
		return subjectKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingsFactory getFindingsFactory() {
		return (FindingsFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		findingsFileEClass = createEClass(FINDINGS_FILE);
		createEAttribute(findingsFileEClass, FINDINGS_FILE__SUBJECT);
		createEAttribute(findingsFileEClass, FINDINGS_FILE__SUBJECT_KIND);
		createEReference(findingsFileEClass, FINDINGS_FILE__FINDINGS);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__ID);
		createEAttribute(findingEClass, FINDING__TITLE);
		createEAttribute(findingEClass, FINDING__TEXT);
		createEAttribute(findingEClass, FINDING__SEVERITY);
		createEAttribute(findingEClass, FINDING__TAGS);
		createEAttribute(findingEClass, FINDING__CREATED);
		createEAttribute(findingEClass, FINDING__AUTHOR);
		createEReference(findingEClass, FINDING__ANCHOR);

		anchorEClass = createEClass(ANCHOR);
		createEAttribute(anchorEClass, ANCHOR__LABEL);

		stepAnchorEClass = createEClass(STEP_ANCHOR);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__THREAD);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__FUNCTION);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__FILE);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__SOURCE_LINE);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__LINE);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__CHANGES);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__ORDINAL);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__INDEX);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__MODEL);
		createEAttribute(stepAnchorEClass, STEP_ANCHOR__VARIANTS);

		stepRangeAnchorEClass = createEClass(STEP_RANGE_ANCHOR);
		createEReference(stepRangeAnchorEClass, STEP_RANGE_ANCHOR__FIRST);
		createEReference(stepRangeAnchorEClass, STEP_RANGE_ANCHOR__LAST);

		traceEventAnchorEClass = createEClass(TRACE_EVENT_ANCHOR);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__TIMESTAMP);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__CPU);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__PID);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__EVENT);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__PAYLOAD_HASH);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__PAYLOAD);
		createEAttribute(traceEventAnchorEClass, TRACE_EVENT_ANCHOR__INDEX);

		timeRangeAnchorEClass = createEClass(TIME_RANGE_ANCHOR);
		createEAttribute(timeRangeAnchorEClass, TIME_RANGE_ANCHOR__START);
		createEAttribute(timeRangeAnchorEClass, TIME_RANGE_ANCHOR__END);
		createEAttribute(timeRangeAnchorEClass, TIME_RANGE_ANCHOR__CPU);

		pageAnchorEClass = createEClass(PAGE_ANCHOR);
		createEAttribute(pageAnchorEClass, PAGE_ANCHOR__NAME);
		createEAttribute(pageAnchorEClass, PAGE_ANCHOR__PFN);
		createEReference(pageAnchorEClass, PAGE_ANCHOR__AT);

		vmaAnchorEClass = createEClass(VMA_ANCHOR);
		createEAttribute(vmaAnchorEClass, VMA_ANCHOR__NAME);
		createEAttribute(vmaAnchorEClass, VMA_ANCHOR__MM);
		createEAttribute(vmaAnchorEClass, VMA_ANCHOR__START);
		createEAttribute(vmaAnchorEClass, VMA_ANCHOR__END);
		createEReference(vmaAnchorEClass, VMA_ANCHOR__AT);

		// Create enums
		subjectKindEEnum = createEEnum(SUBJECT_KIND);
		severityEEnum = createEEnum(SEVERITY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		stepAnchorEClass.getESuperTypes().add(this.getAnchor());
		stepRangeAnchorEClass.getESuperTypes().add(this.getAnchor());
		traceEventAnchorEClass.getESuperTypes().add(this.getAnchor());
		timeRangeAnchorEClass.getESuperTypes().add(this.getAnchor());
		pageAnchorEClass.getESuperTypes().add(this.getAnchor());
		vmaAnchorEClass.getESuperTypes().add(this.getAnchor());

		// Initialize classes, features, and operations; add parameters
		initEClass(findingsFileEClass, FindingsFile.class, "FindingsFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFindingsFile_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, FindingsFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFindingsFile_SubjectKind(), this.getSubjectKind(), "subjectKind", null, 0, 1, FindingsFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFindingsFile_Findings(), this.getFinding(), null, "findings", null, 0, -1, FindingsFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Id(), ecorePackage.getEString(), "id", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Title(), ecorePackage.getEString(), "title", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Text(), ecorePackage.getEString(), "text", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Severity(), this.getSeverity(), "severity", "note", 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Tags(), ecorePackage.getEString(), "tags", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Author(), ecorePackage.getEString(), "author", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinding_Anchor(), this.getAnchor(), null, "anchor", null, 1, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anchorEClass, Anchor.class, "Anchor", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnchor_Label(), ecorePackage.getEString(), "label", null, 0, 1, Anchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepAnchorEClass, StepAnchor.class, "StepAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStepAnchor_Thread(), ecorePackage.getEString(), "thread", null, 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Function(), ecorePackage.getEString(), "function", null, 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_File(), ecorePackage.getEString(), "file", null, 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_SourceLine(), ecorePackage.getEString(), "sourceLine", null, 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Line(), ecorePackage.getEInt(), "line", "0", 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Changes(), ecorePackage.getEString(), "changes", null, 0, -1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Ordinal(), ecorePackage.getEInt(), "ordinal", "0", 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Index(), ecorePackage.getEInt(), "index", "-1", 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Model(), ecorePackage.getEString(), "model", null, 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepAnchor_Variants(), ecorePackage.getEString(), "variants", null, 0, 1, StepAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepRangeAnchorEClass, StepRangeAnchor.class, "StepRangeAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStepRangeAnchor_First(), this.getStepAnchor(), null, "first", null, 1, 1, StepRangeAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepRangeAnchor_Last(), this.getStepAnchor(), null, "last", null, 1, 1, StepRangeAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(traceEventAnchorEClass, TraceEventAnchor.class, "TraceEventAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraceEventAnchor_Timestamp(), ecorePackage.getELong(), "timestamp", null, 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEventAnchor_Cpu(), ecorePackage.getEInt(), "cpu", null, 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEventAnchor_Pid(), ecorePackage.getEInt(), "pid", null, 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEventAnchor_Event(), ecorePackage.getEString(), "event", null, 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEventAnchor_PayloadHash(), ecorePackage.getEString(), "payloadHash", null, 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEventAnchor_Payload(), ecorePackage.getEString(), "payload", null, 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraceEventAnchor_Index(), ecorePackage.getEInt(), "index", "-1", 0, 1, TraceEventAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timeRangeAnchorEClass, TimeRangeAnchor.class, "TimeRangeAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeRangeAnchor_Start(), ecorePackage.getELong(), "start", null, 0, 1, TimeRangeAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeRangeAnchor_End(), ecorePackage.getELong(), "end", null, 0, 1, TimeRangeAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeRangeAnchor_Cpu(), ecorePackage.getEInt(), "cpu", "-1", 0, 1, TimeRangeAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pageAnchorEClass, PageAnchor.class, "PageAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPageAnchor_Name(), ecorePackage.getEString(), "name", null, 0, 1, PageAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPageAnchor_Pfn(), ecorePackage.getELong(), "pfn", "-1", 0, 1, PageAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPageAnchor_At(), this.getStepAnchor(), null, "at", null, 0, 1, PageAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vmaAnchorEClass, VmaAnchor.class, "VmaAnchor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVmaAnchor_Name(), ecorePackage.getEString(), "name", null, 0, 1, VmaAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmaAnchor_Mm(), ecorePackage.getEString(), "mm", null, 0, 1, VmaAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmaAnchor_Start(), ecorePackage.getELong(), "start", "0", 0, 1, VmaAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmaAnchor_End(), ecorePackage.getELong(), "end", "0", 0, 1, VmaAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getVmaAnchor_At(), this.getStepAnchor(), null, "at", null, 0, 1, VmaAnchor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(subjectKindEEnum, SubjectKind.class, "SubjectKind");
		addEEnumLiteral(subjectKindEEnum, SubjectKind.SCENARIO);
		addEEnumLiteral(subjectKindEEnum, SubjectKind.TRACE);

		initEEnum(severityEEnum, Severity.class, "Severity");
		addEEnumLiteral(severityEEnum, Severity.NOTE);
		addEEnumLiteral(severityEEnum, Severity.MINOR);
		addEEnumLiteral(severityEEnum, Severity.MAJOR);
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Findings: a reviewer\'s notes on a scenario\'s counterexample or on a trace, each anchored by content to what it annotates (a counterexample step or range of steps, a trace event, a time range, a page, a VMA), so that it stays attached when the scenario is edited and re-explored or the trace is reopened. Kept next to the annotated file as FILE.findings (XMI), see docs/FORMATS.md."
		   });
		addAnnotation
		  (findingsFileEClass,
		   source,
		   new String[] {
			   "documentation", "The root of a .findings file: the findings on one scenario or one trace, in the order they were made."
		   });
		addAnnotation
		  (getFindingsFile_Subject(),
		   source,
		   new String[] {
			   "documentation", "The annotated file\'s name, relative to the directory of the findings file (normally the findings file\'s name without .findings)."
		   });
		addAnnotation
		  (getFindingsFile_SubjectKind(),
		   source,
		   new String[] {
			   "documentation", "Whether the annotated file is a scenario (anchors point into its counterexamples) or a trace."
		   });
		addAnnotation
		  (getFindingsFile_Findings(),
		   source,
		   new String[] {
			   "documentation", "The findings in the order they were made; the reply orders them by the place they annotate."
		   });
		addAnnotation
		  (subjectKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a findings file annotates."
		   });
		addAnnotation
		  (subjectKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "A scenario or litmus file; anchors point into the counterexample or witness of its exploration."
		   });
		addAnnotation
		  (subjectKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "A trace file (ftrace text, trace.dat, mail, counterexample export)."
		   });
		addAnnotation
		  (findingEClass,
		   source,
		   new String[] {
			   "documentation", "One finding: what the reviewer concluded about one place of a counterexample or trace."
		   });
		addAnnotation
		  (getFinding_Id(),
		   source,
		   new String[] {
			   "documentation", "Identifier unique in the file (F1, F2...), kept when the finding is edited; the reply refers to findings by their order, not by this."
		   });
		addAnnotation
		  (getFinding_Title(),
		   source,
		   new String[] {
			   "documentation", "One line: what is wrong or noteworthy."
		   });
		addAnnotation
		  (getFinding_Text(),
		   source,
		   new String[] {
			   "documentation", "The explanation, as prose (plain text; blank lines separate paragraphs). The reply wraps it to 72 columns."
		   });
		addAnnotation
		  (getFinding_Severity(),
		   source,
		   new String[] {
			   "documentation", "How much it matters."
		   });
		addAnnotation
		  (getFinding_Tags(),
		   source,
		   new String[] {
			   "documentation", "Free labels (use-after-free, barrier, fork...)."
		   });
		addAnnotation
		  (getFinding_Created(),
		   source,
		   new String[] {
			   "documentation", "When the finding was made."
		   });
		addAnnotation
		  (getFinding_Author(),
		   source,
		   new String[] {
			   "documentation", "Who made it (optional): Name <email>."
		   });
		addAnnotation
		  (getFinding_Anchor(),
		   source,
		   new String[] {
			   "documentation", "What the finding annotates."
		   });
		addAnnotation
		  (severityEEnum,
		   source,
		   new String[] {
			   "documentation", "How much a finding matters, in review terms."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "An observation; nothing to fix."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "Worth fixing, not a correctness problem."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "A correctness problem under some configuration or memory model."
		   });
		addAnnotation
		  (severityEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "Data loss, corruption or a crash reachable in practice."
		   });
		addAnnotation
		  (anchorEClass,
		   source,
		   new String[] {
			   "documentation", "What a finding annotates, recorded by content so that it can be placed again after the scenario or trace changed. Placement is done by org.pagelab.engine.findings.Placement."
		   });
		addAnnotation
		  (getAnchor_Label(),
		   source,
		   new String[] {
			   "documentation", "How the anchored thing read when the finding was made (shown when it can no longer be placed)."
		   });
		addAnnotation
		  (stepAnchorEClass,
		   source,
		   new String[] {
			   "documentation", "A step of a counterexample or witness: the thread that ran it, the function, the text of the source line, the state changes it made, and the how-manieth step of that thread at that line it is. Placed by content, not by index: inserting lines or comments in the scenario, or steps of other threads, does not detach it."
		   });
		addAnnotation
		  (getStepAnchor_Thread(),
		   source,
		   new String[] {
			   "documentation", "The thread\'s name (dio, reclaim, P0)."
		   });
		addAnnotation
		  (getStepAnchor_Function(),
		   source,
		   new String[] {
			   "documentation", "The innermost function the step ran in."
		   });
		addAnnotation
		  (getStepAnchor_File(),
		   source,
		   new String[] {
			   "documentation", "The source file of the step (the scenario file name, or the library module)."
		   });
		addAnnotation
		  (getStepAnchor_SourceLine(),
		   source,
		   new String[] {
			   "documentation", "The text of the step\'s source line, white space collapsed."
		   });
		addAnnotation
		  (getStepAnchor_Line(),
		   source,
		   new String[] {
			   "documentation", "The line number when the finding was made (a hint only)."
		   });
		addAnnotation
		  (getStepAnchor_Changes(),
		   source,
		   new String[] {
			   "documentation", "The state changes of the step as written in counterexamples (P->_refcount 2 -> 3)."
		   });
		addAnnotation
		  (getStepAnchor_Ordinal(),
		   source,
		   new String[] {
			   "documentation", "0 for the first step of this thread at this function and source line, 1 for the second..."
		   });
		addAnnotation
		  (getStepAnchor_Index(),
		   source,
		   new String[] {
			   "documentation", "The step\'s index when the finding was made (a hint only, used to break ties)."
		   });
		addAnnotation
		  (getStepAnchor_Model(),
		   source,
		   new String[] {
			   "documentation", "The memory model of the run (sc, tso, lkmm), or empty."
		   });
		addAnnotation
		  (getStepAnchor_Variants(),
		   source,
		   new String[] {
			   "documentation", "The function variants of the run, as function=variant separated by spaces, or empty."
		   });
		addAnnotation
		  (stepRangeAnchorEClass,
		   source,
		   new String[] {
			   "documentation", "A stretch of a counterexample, from one step to another (both included): the counterexample\'s time range."
		   });
		addAnnotation
		  (getStepRangeAnchor_First(),
		   source,
		   new String[] {
			   "documentation", "The first step."
		   });
		addAnnotation
		  (getStepRangeAnchor_Last(),
		   source,
		   new String[] {
			   "documentation", "The last step."
		   });
		addAnnotation
		  (traceEventAnchorEClass,
		   source,
		   new String[] {
			   "documentation", "One event of a trace: timestamp, CPU, event name and a hash of its payload text, which identify it in the same capture whichever of its formats is opened."
		   });
		addAnnotation
		  (getTraceEventAnchor_Timestamp(),
		   source,
		   new String[] {
			   "documentation", "Timestamp in ns."
		   });
		addAnnotation
		  (getTraceEventAnchor_Cpu(),
		   source,
		   new String[] {
			   "documentation", "CPU number."
		   });
		addAnnotation
		  (getTraceEventAnchor_Pid(),
		   source,
		   new String[] {
			   "documentation", "Task id (common_pid)."
		   });
		addAnnotation
		  (getTraceEventAnchor_Event(),
		   source,
		   new String[] {
			   "documentation", "Tracepoint name (mm_page_alloc, page_ref_mod...)."
		   });
		addAnnotation
		  (getTraceEventAnchor_PayloadHash(),
		   source,
		   new String[] {
			   "documentation", "FNV-1a 64-bit hash, in hex, of the payload text with white space collapsed."
		   });
		addAnnotation
		  (getTraceEventAnchor_Payload(),
		   source,
		   new String[] {
			   "documentation", "The beginning of the payload text, for people."
		   });
		addAnnotation
		  (getTraceEventAnchor_Index(),
		   source,
		   new String[] {
			   "documentation", "The event\'s index when the finding was made (a hint only)."
		   });
		addAnnotation
		  (timeRangeAnchorEClass,
		   source,
		   new String[] {
			   "documentation", "A time range of a trace, optionally restricted to one CPU."
		   });
		addAnnotation
		  (getTimeRangeAnchor_Start(),
		   source,
		   new String[] {
			   "documentation", "Start, ns (included)."
		   });
		addAnnotation
		  (getTimeRangeAnchor_End(),
		   source,
		   new String[] {
			   "documentation", "End, ns (included)."
		   });
		addAnnotation
		  (getTimeRangeAnchor_Cpu(),
		   source,
		   new String[] {
			   "documentation", "The CPU, or -1 for all CPUs."
		   });
		addAnnotation
		  (pageAnchorEClass,
		   source,
		   new String[] {
			   "documentation", "A page: by its name in a scenario (P) or by pfn in a trace."
		   });
		addAnnotation
		  (getPageAnchor_Name(),
		   source,
		   new String[] {
			   "documentation", "The page\'s name in the scenario, or empty."
		   });
		addAnnotation
		  (getPageAnchor_Pfn(),
		   source,
		   new String[] {
			   "documentation", "The page frame number, or -1."
		   });
		addAnnotation
		  (getPageAnchor_At(),
		   source,
		   new String[] {
			   "documentation", "The step after which the page was looked at, if any (the state shown when navigating)."
		   });
		addAnnotation
		  (vmaAnchorEClass,
		   source,
		   new String[] {
			   "documentation", "A VMA: by its name in a scenario, or by its mm and address range."
		   });
		addAnnotation
		  (getVmaAnchor_Name(),
		   source,
		   new String[] {
			   "documentation", "The VMA\'s name in the scenario, or empty."
		   });
		addAnnotation
		  (getVmaAnchor_Mm(),
		   source,
		   new String[] {
			   "documentation", "The mm it belongs to (scenario name, or the mm_id/pointer of a trace), or empty."
		   });
		addAnnotation
		  (getVmaAnchor_Start(),
		   source,
		   new String[] {
			   "documentation", "vm_start, or 0 when unknown."
		   });
		addAnnotation
		  (getVmaAnchor_End(),
		   source,
		   new String[] {
			   "documentation", "vm_end, or 0 when unknown."
		   });
		addAnnotation
		  (getVmaAnchor_At(),
		   source,
		   new String[] {
			   "documentation", "The step after which the VMA was looked at, if any."
		   });
	}

} //FindingsPackageImpl
