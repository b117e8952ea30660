/**
 */
package org.pagelab.model.findings;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Findings: a reviewer's notes on a scenario's counterexample or on a trace, each anchored by content to what it annotates (a counterexample step or range of steps, a trace event, a time range, a page, a VMA), so that it stays attached when the scenario is edited and re-explored or the trace is reopened. Kept next to the annotated file as FILE.findings (XMI), see docs/FORMATS.md.
 * <!-- end-model-doc -->
 * @see org.pagelab.model.findings.FindingsFactory
 * @model kind="package"
 * @generated
 */
public interface FindingsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "findings";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.pagelab.org/findings/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "findings";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FindingsPackage eINSTANCE = org.pagelab.model.findings.impl.FindingsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.FindingsFileImpl <em>File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.FindingsFileImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getFindingsFile()
	 * @generated
	 */
	int FINDINGS_FILE = 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDINGS_FILE__SUBJECT = 0;

	/**
	 * The feature id for the '<em><b>Subject Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDINGS_FILE__SUBJECT_KIND = 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDINGS_FILE__FINDINGS = 2;

	/**
	 * The number of structural features of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDINGS_FILE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDINGS_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.FindingImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = 3;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TAGS = 4;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CREATED = 5;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__AUTHOR = 6;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ANCHOR = 7;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.AnchorImpl <em>Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.AnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getAnchor()
	 * @generated
	 */
	int ANCHOR = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANCHOR__LABEL = 0;

	/**
	 * The number of structural features of the '<em>Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANCHOR_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANCHOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.StepAnchorImpl <em>Step Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.StepAnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getStepAnchor()
	 * @generated
	 */
	int STEP_ANCHOR = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__LABEL = ANCHOR__LABEL;

	/**
	 * The feature id for the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__THREAD = ANCHOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__FUNCTION = ANCHOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__FILE = ANCHOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__SOURCE_LINE = ANCHOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__LINE = ANCHOR_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__CHANGES = ANCHOR_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__ORDINAL = ANCHOR_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__INDEX = ANCHOR_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__MODEL = ANCHOR_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR__VARIANTS = ANCHOR_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Step Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR_FEATURE_COUNT = ANCHOR_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Step Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_ANCHOR_OPERATION_COUNT = ANCHOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.StepRangeAnchorImpl <em>Step Range Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.StepRangeAnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getStepRangeAnchor()
	 * @generated
	 */
	int STEP_RANGE_ANCHOR = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RANGE_ANCHOR__LABEL = ANCHOR__LABEL;

	/**
	 * The feature id for the '<em><b>First</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RANGE_ANCHOR__FIRST = ANCHOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Last</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RANGE_ANCHOR__LAST = ANCHOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Step Range Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RANGE_ANCHOR_FEATURE_COUNT = ANCHOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Step Range Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RANGE_ANCHOR_OPERATION_COUNT = ANCHOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl <em>Trace Event Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.TraceEventAnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getTraceEventAnchor()
	 * @generated
	 */
	int TRACE_EVENT_ANCHOR = 5;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__LABEL = ANCHOR__LABEL;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__TIMESTAMP = ANCHOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__CPU = ANCHOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__PID = ANCHOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__EVENT = ANCHOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Payload Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__PAYLOAD_HASH = ANCHOR_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Payload</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__PAYLOAD = ANCHOR_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR__INDEX = ANCHOR_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Trace Event Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR_FEATURE_COUNT = ANCHOR_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Trace Event Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_EVENT_ANCHOR_OPERATION_COUNT = ANCHOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.TimeRangeAnchorImpl <em>Time Range Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.TimeRangeAnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getTimeRangeAnchor()
	 * @generated
	 */
	int TIME_RANGE_ANCHOR = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_RANGE_ANCHOR__LABEL = ANCHOR__LABEL;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_RANGE_ANCHOR__START = ANCHOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_RANGE_ANCHOR__END = ANCHOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cpu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_RANGE_ANCHOR__CPU = ANCHOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Time Range Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_RANGE_ANCHOR_FEATURE_COUNT = ANCHOR_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Time Range Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_RANGE_ANCHOR_OPERATION_COUNT = ANCHOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.PageAnchorImpl <em>Page Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.PageAnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getPageAnchor()
	 * @generated
	 */
	int PAGE_ANCHOR = 7;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_ANCHOR__LABEL = ANCHOR__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_ANCHOR__NAME = ANCHOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_ANCHOR__PFN = ANCHOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>At</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_ANCHOR__AT = ANCHOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Page Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_ANCHOR_FEATURE_COUNT = ANCHOR_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Page Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_ANCHOR_OPERATION_COUNT = ANCHOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.impl.VmaAnchorImpl <em>Vma Anchor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.impl.VmaAnchorImpl
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getVmaAnchor()
	 * @generated
	 */
	int VMA_ANCHOR = 8;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR__LABEL = ANCHOR__LABEL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR__NAME = ANCHOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR__MM = ANCHOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR__START = ANCHOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR__END = ANCHOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>At</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR__AT = ANCHOR_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Vma Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR_FEATURE_COUNT = ANCHOR_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Vma Anchor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMA_ANCHOR_OPERATION_COUNT = ANCHOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.SubjectKind <em>Subject Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.SubjectKind
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getSubjectKind()
	 * @generated
	 */
	int SUBJECT_KIND = 9;

	/**
	 * The meta object id for the '{@link org.pagelab.model.findings.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.findings.Severity
	 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 10;


	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.FindingsFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File</em>'.
	 * @see org.pagelab.model.findings.FindingsFile
	 * @generated
	 */
	EClass getFindingsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.FindingsFile#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.pagelab.model.findings.FindingsFile#getSubject()
	 * @see #getFindingsFile()
	 * @generated
	 */
	EAttribute getFindingsFile_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.FindingsFile#getSubjectKind <em>Subject Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Kind</em>'.
	 * @see org.pagelab.model.findings.FindingsFile#getSubjectKind()
	 * @see #getFindingsFile()
	 * @generated
	 */
	EAttribute getFindingsFile_SubjectKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.findings.FindingsFile#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.pagelab.model.findings.FindingsFile#getFindings()
	 * @see #getFindingsFile()
	 * @generated
	 */
	EReference getFindingsFile_Findings();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.pagelab.model.findings.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Finding#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.pagelab.model.findings.Finding#getId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Finding#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.pagelab.model.findings.Finding#getTitle()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Finding#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pagelab.model.findings.Finding#getText()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.pagelab.model.findings.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.findings.Finding#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.pagelab.model.findings.Finding#getTags()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Finding#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.pagelab.model.findings.Finding#getCreated()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Finding#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.pagelab.model.findings.Finding#getAuthor()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Author();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.findings.Finding#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Anchor</em>'.
	 * @see org.pagelab.model.findings.Finding#getAnchor()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Anchor();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.Anchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anchor</em>'.
	 * @see org.pagelab.model.findings.Anchor
	 * @generated
	 */
	EClass getAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.Anchor#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.pagelab.model.findings.Anchor#getLabel()
	 * @see #getAnchor()
	 * @generated
	 */
	EAttribute getAnchor_Label();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.StepAnchor <em>Step Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Anchor</em>'.
	 * @see org.pagelab.model.findings.StepAnchor
	 * @generated
	 */
	EClass getStepAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getThread <em>Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Thread</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getThread()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Thread();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getFunction()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getFile()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_File();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getSourceLine()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_SourceLine();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getLine()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Line();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.findings.StepAnchor#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Changes</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getChanges()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Changes();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getOrdinal <em>Ordinal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordinal</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getOrdinal()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Ordinal();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getIndex()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getModel()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.StepAnchor#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variants</em>'.
	 * @see org.pagelab.model.findings.StepAnchor#getVariants()
	 * @see #getStepAnchor()
	 * @generated
	 */
	EAttribute getStepAnchor_Variants();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.StepRangeAnchor <em>Step Range Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Range Anchor</em>'.
	 * @see org.pagelab.model.findings.StepRangeAnchor
	 * @generated
	 */
	EClass getStepRangeAnchor();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.findings.StepRangeAnchor#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>First</em>'.
	 * @see org.pagelab.model.findings.StepRangeAnchor#getFirst()
	 * @see #getStepRangeAnchor()
	 * @generated
	 */
	EReference getStepRangeAnchor_First();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.findings.StepRangeAnchor#getLast <em>Last</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Last</em>'.
	 * @see org.pagelab.model.findings.StepRangeAnchor#getLast()
	 * @see #getStepRangeAnchor()
	 * @generated
	 */
	EReference getStepRangeAnchor_Last();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.TraceEventAnchor <em>Trace Event Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace Event Anchor</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor
	 * @generated
	 */
	EClass getTraceEventAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getTimestamp()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_Timestamp();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getCpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getCpu()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_Cpu();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getPid <em>Pid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pid</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getPid()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_Pid();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getEvent()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_Event();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getPayloadHash <em>Payload Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payload Hash</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getPayloadHash()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_PayloadHash();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getPayload <em>Payload</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payload</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getPayload()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_Payload();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TraceEventAnchor#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.pagelab.model.findings.TraceEventAnchor#getIndex()
	 * @see #getTraceEventAnchor()
	 * @generated
	 */
	EAttribute getTraceEventAnchor_Index();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.TimeRangeAnchor <em>Time Range Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Range Anchor</em>'.
	 * @see org.pagelab.model.findings.TimeRangeAnchor
	 * @generated
	 */
	EClass getTimeRangeAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TimeRangeAnchor#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.pagelab.model.findings.TimeRangeAnchor#getStart()
	 * @see #getTimeRangeAnchor()
	 * @generated
	 */
	EAttribute getTimeRangeAnchor_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TimeRangeAnchor#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.pagelab.model.findings.TimeRangeAnchor#getEnd()
	 * @see #getTimeRangeAnchor()
	 * @generated
	 */
	EAttribute getTimeRangeAnchor_End();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.TimeRangeAnchor#getCpu <em>Cpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu</em>'.
	 * @see org.pagelab.model.findings.TimeRangeAnchor#getCpu()
	 * @see #getTimeRangeAnchor()
	 * @generated
	 */
	EAttribute getTimeRangeAnchor_Cpu();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.PageAnchor <em>Page Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page Anchor</em>'.
	 * @see org.pagelab.model.findings.PageAnchor
	 * @generated
	 */
	EClass getPageAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.PageAnchor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.findings.PageAnchor#getName()
	 * @see #getPageAnchor()
	 * @generated
	 */
	EAttribute getPageAnchor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.PageAnchor#getPfn <em>Pfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pfn</em>'.
	 * @see org.pagelab.model.findings.PageAnchor#getPfn()
	 * @see #getPageAnchor()
	 * @generated
	 */
	EAttribute getPageAnchor_Pfn();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.findings.PageAnchor#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>At</em>'.
	 * @see org.pagelab.model.findings.PageAnchor#getAt()
	 * @see #getPageAnchor()
	 * @generated
	 */
	EReference getPageAnchor_At();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.findings.VmaAnchor <em>Vma Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vma Anchor</em>'.
	 * @see org.pagelab.model.findings.VmaAnchor
	 * @generated
	 */
	EClass getVmaAnchor();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.VmaAnchor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.findings.VmaAnchor#getName()
	 * @see #getVmaAnchor()
	 * @generated
	 */
	EAttribute getVmaAnchor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.VmaAnchor#getMm <em>Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mm</em>'.
	 * @see org.pagelab.model.findings.VmaAnchor#getMm()
	 * @see #getVmaAnchor()
	 * @generated
	 */
	EAttribute getVmaAnchor_Mm();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.VmaAnchor#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.pagelab.model.findings.VmaAnchor#getStart()
	 * @see #getVmaAnchor()
	 * @generated
	 */
	EAttribute getVmaAnchor_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.findings.VmaAnchor#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.pagelab.model.findings.VmaAnchor#getEnd()
	 * @see #getVmaAnchor()
	 * @generated
	 */
	EAttribute getVmaAnchor_End();

	/**
	 * Returns the meta object for the containment reference '{@link org.pagelab.model.findings.VmaAnchor#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>At</em>'.
	 * @see org.pagelab.model.findings.VmaAnchor#getAt()
	 * @see #getVmaAnchor()
	 * @generated
	 */
	EReference getVmaAnchor_At();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.findings.SubjectKind <em>Subject Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subject Kind</em>'.
	 * @see org.pagelab.model.findings.SubjectKind
	 * @generated
	 */
	EEnum getSubjectKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.findings.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.pagelab.model.findings.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FindingsFactory getFindingsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.FindingsFileImpl <em>File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.FindingsFileImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getFindingsFile()
		 * @generated
		 */
		EClass FINDINGS_FILE = eINSTANCE.getFindingsFile();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDINGS_FILE__SUBJECT = eINSTANCE.getFindingsFile_Subject();

		/**
		 * The meta object literal for the '<em><b>Subject Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDINGS_FILE__SUBJECT_KIND = eINSTANCE.getFindingsFile_SubjectKind();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDINGS_FILE__FINDINGS = eINSTANCE.getFindingsFile_Findings();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.FindingImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__ID = eINSTANCE.getFinding_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TITLE = eINSTANCE.getFinding_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TEXT = eINSTANCE.getFinding_Text();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TAGS = eINSTANCE.getFinding_Tags();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CREATED = eINSTANCE.getFinding_Created();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__AUTHOR = eINSTANCE.getFinding_Author();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ANCHOR = eINSTANCE.getFinding_Anchor();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.AnchorImpl <em>Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.AnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getAnchor()
		 * @generated
		 */
		EClass ANCHOR = eINSTANCE.getAnchor();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANCHOR__LABEL = eINSTANCE.getAnchor_Label();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.StepAnchorImpl <em>Step Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.StepAnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getStepAnchor()
		 * @generated
		 */
		EClass STEP_ANCHOR = eINSTANCE.getStepAnchor();

		/**
		 * The meta object literal for the '<em><b>Thread</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__THREAD = eINSTANCE.getStepAnchor_Thread();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__FUNCTION = eINSTANCE.getStepAnchor_Function();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__FILE = eINSTANCE.getStepAnchor_File();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__SOURCE_LINE = eINSTANCE.getStepAnchor_SourceLine();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__LINE = eINSTANCE.getStepAnchor_Line();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__CHANGES = eINSTANCE.getStepAnchor_Changes();

		/**
		 * The meta object literal for the '<em><b>Ordinal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__ORDINAL = eINSTANCE.getStepAnchor_Ordinal();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__INDEX = eINSTANCE.getStepAnchor_Index();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__MODEL = eINSTANCE.getStepAnchor_Model();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_ANCHOR__VARIANTS = eINSTANCE.getStepAnchor_Variants();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.StepRangeAnchorImpl <em>Step Range Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.StepRangeAnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getStepRangeAnchor()
		 * @generated
		 */
		EClass STEP_RANGE_ANCHOR = eINSTANCE.getStepRangeAnchor();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RANGE_ANCHOR__FIRST = eINSTANCE.getStepRangeAnchor_First();

		/**
		 * The meta object literal for the '<em><b>Last</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RANGE_ANCHOR__LAST = eINSTANCE.getStepRangeAnchor_Last();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.TraceEventAnchorImpl <em>Trace Event Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.TraceEventAnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getTraceEventAnchor()
		 * @generated
		 */
		EClass TRACE_EVENT_ANCHOR = eINSTANCE.getTraceEventAnchor();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__TIMESTAMP = eINSTANCE.getTraceEventAnchor_Timestamp();

		/**
		 * The meta object literal for the '<em><b>Cpu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__CPU = eINSTANCE.getTraceEventAnchor_Cpu();

		/**
		 * The meta object literal for the '<em><b>Pid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__PID = eINSTANCE.getTraceEventAnchor_Pid();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__EVENT = eINSTANCE.getTraceEventAnchor_Event();

		/**
		 * The meta object literal for the '<em><b>Payload Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__PAYLOAD_HASH = eINSTANCE.getTraceEventAnchor_PayloadHash();

		/**
		 * The meta object literal for the '<em><b>Payload</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__PAYLOAD = eINSTANCE.getTraceEventAnchor_Payload();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE_EVENT_ANCHOR__INDEX = eINSTANCE.getTraceEventAnchor_Index();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.TimeRangeAnchorImpl <em>Time Range Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.TimeRangeAnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getTimeRangeAnchor()
		 * @generated
		 */
		EClass TIME_RANGE_ANCHOR = eINSTANCE.getTimeRangeAnchor();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_RANGE_ANCHOR__START = eINSTANCE.getTimeRangeAnchor_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_RANGE_ANCHOR__END = eINSTANCE.getTimeRangeAnchor_End();

		/**
		 * The meta object literal for the '<em><b>Cpu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_RANGE_ANCHOR__CPU = eINSTANCE.getTimeRangeAnchor_Cpu();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.PageAnchorImpl <em>Page Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.PageAnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getPageAnchor()
		 * @generated
		 */
		EClass PAGE_ANCHOR = eINSTANCE.getPageAnchor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_ANCHOR__NAME = eINSTANCE.getPageAnchor_Name();

		/**
		 * The meta object literal for the '<em><b>Pfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_ANCHOR__PFN = eINSTANCE.getPageAnchor_Pfn();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE_ANCHOR__AT = eINSTANCE.getPageAnchor_At();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.impl.VmaAnchorImpl <em>Vma Anchor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.impl.VmaAnchorImpl
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getVmaAnchor()
		 * @generated
		 */
		EClass VMA_ANCHOR = eINSTANCE.getVmaAnchor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA_ANCHOR__NAME = eINSTANCE.getVmaAnchor_Name();

		/**
		 * The meta object literal for the '<em><b>Mm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA_ANCHOR__MM = eINSTANCE.getVmaAnchor_Mm();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA_ANCHOR__START = eINSTANCE.getVmaAnchor_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMA_ANCHOR__END = eINSTANCE.getVmaAnchor_End();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMA_ANCHOR__AT = eINSTANCE.getVmaAnchor_At();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.SubjectKind <em>Subject Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.SubjectKind
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getSubjectKind()
		 * @generated
		 */
		EEnum SUBJECT_KIND = eINSTANCE.getSubjectKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.findings.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.findings.Severity
		 * @see org.pagelab.model.findings.impl.FindingsPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

	}

} //FindingsPackage
