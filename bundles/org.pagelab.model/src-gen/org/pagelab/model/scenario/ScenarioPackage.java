/**
 */
package org.pagelab.model.scenario;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
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
 * Scenario files as an editable model, shared by the Source and Lanes pages of the scenario editor. The text is the persistent form; this model keeps the source text of every part so that untouched parts are written back byte for byte.
 * <!-- end-model-doc -->
 * @see org.pagelab.model.scenario.ScenarioFactory
 * @model kind="package"
 * @generated
 */
public interface ScenarioPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "scenario";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.pagelab.org/scenario/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "scenario";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ScenarioPackage eINSTANCE = org.pagelab.model.scenario.impl.ScenarioPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.ScenarioImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 0;

	/**
	 * The feature id for the '<em><b>File Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__FILE_NAME = 0;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__EXPECTED = 1;

	/**
	 * The feature id for the '<em><b>Memory Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MEMORY_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ELEMENTS = 3;

	/**
	 * The feature id for the '<em><b>Trailing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__TRAILING = 4;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Header</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___HEADER = 0;

	/**
	 * The operation id for the '<em>Threads</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___THREADS = 1;

	/**
	 * The operation id for the '<em>Imports</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___IMPORTS = 2;

	/**
	 * The operation id for the '<em>Variant Choices</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___VARIANT_CHOICES = 3;

	/**
	 * The operation id for the '<em>Init State</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___INIT_STATE = 4;

	/**
	 * The operation id for the '<em>Setup</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___SETUP = 5;

	/**
	 * The operation id for the '<em>After</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___AFTER = 6;

	/**
	 * The operation id for the '<em>Filter</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___FILTER = 7;

	/**
	 * The operation id for the '<em>Condition</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO___CONDITION = 8;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 9;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.ElementImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__LEADING = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__LINE = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.HeaderImpl <em>Header</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.HeaderImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getHeader()
	 * @generated
	 */
	int HEADER = 2;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER__ARCH = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER__NAME = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Header</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Header</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HEADER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.ImportImpl <em>Import</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.ImportImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getImport()
	 * @generated
	 */
	int IMPORT = 3;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Module</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT__MODULE = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Import</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.VariantChoiceImpl <em>Variant Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.VariantChoiceImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getVariantChoice()
	 * @generated
	 */
	int VARIANT_CHOICE = 4;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE__FUNCTION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE__VARIANT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Variant Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Variant Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_CHOICE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.DeclarationImpl <em>Declaration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.DeclarationImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getDeclaration()
	 * @generated
	 */
	int DECLARATION = 5;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__KIND = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION__NAME = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Declaration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Declaration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECLARATION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.InitStateImpl <em>Init State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.InitStateImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getInitState()
	 * @generated
	 */
	int INIT_STATE = 6;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INIT_STATE__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INIT_STATE__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INIT_STATE__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Locations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INIT_STATE__LOCATIONS = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Init State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INIT_STATE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Init State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INIT_STATE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.BlockImpl <em>Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.BlockImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getBlock()
	 * @generated
	 */
	int BLOCK = 7;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__HEAD = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__STATEMENTS = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK__TAIL = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BLOCK_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.SetupBlockImpl <em>Setup Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.SetupBlockImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getSetupBlock()
	 * @generated
	 */
	int SETUP_BLOCK = 8;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK__LEADING = BLOCK__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK__TEXT = BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK__LINE = BLOCK__LINE;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK__HEAD = BLOCK__HEAD;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK__STATEMENTS = BLOCK__STATEMENTS;

	/**
	 * The feature id for the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK__TAIL = BLOCK__TAIL;

	/**
	 * The number of structural features of the '<em>Setup Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Setup Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SETUP_BLOCK_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.AfterBlockImpl <em>After Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.AfterBlockImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getAfterBlock()
	 * @generated
	 */
	int AFTER_BLOCK = 9;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK__LEADING = BLOCK__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK__TEXT = BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK__LINE = BLOCK__LINE;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK__HEAD = BLOCK__HEAD;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK__STATEMENTS = BLOCK__STATEMENTS;

	/**
	 * The feature id for the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK__TAIL = BLOCK__TAIL;

	/**
	 * The number of structural features of the '<em>After Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>After Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AFTER_BLOCK_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.ThreadBlockImpl <em>Thread Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.ThreadBlockImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getThreadBlock()
	 * @generated
	 */
	int THREAD_BLOCK = 10;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__LEADING = BLOCK__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__TEXT = BLOCK__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__LINE = BLOCK__LINE;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__HEAD = BLOCK__HEAD;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__STATEMENTS = BLOCK__STATEMENTS;

	/**
	 * The feature id for the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__TAIL = BLOCK__TAIL;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__INDEX = BLOCK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__ROLE = BLOCK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Daemon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__DAEMON = BLOCK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Params</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK__PARAMS = BLOCK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Thread Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK_FEATURE_COUNT = BLOCK_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Display Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK___DISPLAY_NAME = BLOCK_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Thread Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_BLOCK_OPERATION_COUNT = BLOCK_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.LocationsImpl <em>Locations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.LocationsImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getLocations()
	 * @generated
	 */
	int LOCATIONS = 11;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATIONS__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATIONS__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATIONS__LINE = ELEMENT__LINE;

	/**
	 * The number of structural features of the '<em>Locations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATIONS_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Locations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCATIONS_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.FilterImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 12;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__EXPRESSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.FinalConditionImpl <em>Final Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.FinalConditionImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getFinalCondition()
	 * @generated
	 */
	int FINAL_CONDITION = 13;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION__LEADING = ELEMENT__LEADING;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION__TEXT = ELEMENT__TEXT;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION__LINE = ELEMENT__LINE;

	/**
	 * The feature id for the '<em><b>Quantifier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION__QUANTIFIER = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION__EXPRESSION = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Final Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Final Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINAL_CONDITION_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.impl.StatementImpl <em>Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.impl.StatementImpl
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getStatement()
	 * @generated
	 */
	int STATEMENT = 14;

	/**
	 * The feature id for the '<em><b>Leading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__LEADING = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Trailing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TRAILING = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__LINE = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__KIND = 4;

	/**
	 * The feature id for the '<em><b>Decl Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__DECL_TYPE = 5;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TARGET = 6;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__OPERATOR = 7;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__FUNCTION = 8;

	/**
	 * The feature id for the '<em><b>Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__ARGUMENTS = 9;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__VALUE = 10;

	/**
	 * The number of structural features of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.Verdict
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 15;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.Quantifier <em>Quantifier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.Quantifier
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getQuantifier()
	 * @generated
	 */
	int QUANTIFIER = 16;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.DeclarationKind <em>Declaration Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.DeclarationKind
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getDeclarationKind()
	 * @generated
	 */
	int DECLARATION_KIND = 17;

	/**
	 * The meta object id for the '{@link org.pagelab.model.scenario.StatementKind <em>Statement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.pagelab.model.scenario.StatementKind
	 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getStatementKind()
	 * @generated
	 */
	int STATEMENT_KIND = 18;


	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.pagelab.model.scenario.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Scenario#getFileName <em>File Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Name</em>'.
	 * @see org.pagelab.model.scenario.Scenario#getFileName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_FileName();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Scenario#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.pagelab.model.scenario.Scenario#getExpected()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Scenario#getMemoryModel <em>Memory Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Model</em>'.
	 * @see org.pagelab.model.scenario.Scenario#getMemoryModel()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_MemoryModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.scenario.Scenario#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.pagelab.model.scenario.Scenario#getElements()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Elements();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Scenario#getTrailing <em>Trailing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trailing</em>'.
	 * @see org.pagelab.model.scenario.Scenario#getTrailing()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Trailing();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#header() <em>Header</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Header</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#header()
	 * @generated
	 */
	EOperation getScenario__Header();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#threads() <em>Threads</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Threads</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#threads()
	 * @generated
	 */
	EOperation getScenario__Threads();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#imports() <em>Imports</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Imports</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#imports()
	 * @generated
	 */
	EOperation getScenario__Imports();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#variantChoices() <em>Variant Choices</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Variant Choices</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#variantChoices()
	 * @generated
	 */
	EOperation getScenario__VariantChoices();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#initState() <em>Init State</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Init State</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#initState()
	 * @generated
	 */
	EOperation getScenario__InitState();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#setup() <em>Setup</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Setup</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#setup()
	 * @generated
	 */
	EOperation getScenario__Setup();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#after() <em>After</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>After</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#after()
	 * @generated
	 */
	EOperation getScenario__After();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#filter() <em>Filter</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Filter</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#filter()
	 * @generated
	 */
	EOperation getScenario__Filter();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.Scenario#condition() <em>Condition</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Condition</em>' operation.
	 * @see org.pagelab.model.scenario.Scenario#condition()
	 * @generated
	 */
	EOperation getScenario__Condition();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.pagelab.model.scenario.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Element#getLeading <em>Leading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading</em>'.
	 * @see org.pagelab.model.scenario.Element#getLeading()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Leading();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Element#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pagelab.model.scenario.Element#getText()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Element#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.pagelab.model.scenario.Element#getLine()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Line();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Header <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Header</em>'.
	 * @see org.pagelab.model.scenario.Header
	 * @generated
	 */
	EClass getHeader();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Header#getArch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arch</em>'.
	 * @see org.pagelab.model.scenario.Header#getArch()
	 * @see #getHeader()
	 * @generated
	 */
	EAttribute getHeader_Arch();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Header#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.scenario.Header#getName()
	 * @see #getHeader()
	 * @generated
	 */
	EAttribute getHeader_Name();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Import <em>Import</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import</em>'.
	 * @see org.pagelab.model.scenario.Import
	 * @generated
	 */
	EClass getImport();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Import#getModule <em>Module</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module</em>'.
	 * @see org.pagelab.model.scenario.Import#getModule()
	 * @see #getImport()
	 * @generated
	 */
	EAttribute getImport_Module();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.VariantChoice <em>Variant Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variant Choice</em>'.
	 * @see org.pagelab.model.scenario.VariantChoice
	 * @generated
	 */
	EClass getVariantChoice();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.VariantChoice#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.pagelab.model.scenario.VariantChoice#getFunction()
	 * @see #getVariantChoice()
	 * @generated
	 */
	EAttribute getVariantChoice_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.VariantChoice#getVariant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant</em>'.
	 * @see org.pagelab.model.scenario.VariantChoice#getVariant()
	 * @see #getVariantChoice()
	 * @generated
	 */
	EAttribute getVariantChoice_Variant();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Declaration <em>Declaration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Declaration</em>'.
	 * @see org.pagelab.model.scenario.Declaration
	 * @generated
	 */
	EClass getDeclaration();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Declaration#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.scenario.Declaration#getKind()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Declaration#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.pagelab.model.scenario.Declaration#getName()
	 * @see #getDeclaration()
	 * @generated
	 */
	EAttribute getDeclaration_Name();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.InitState <em>Init State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Init State</em>'.
	 * @see org.pagelab.model.scenario.InitState
	 * @generated
	 */
	EClass getInitState();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.scenario.InitState#getLocations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Locations</em>'.
	 * @see org.pagelab.model.scenario.InitState#getLocations()
	 * @see #getInitState()
	 * @generated
	 */
	EAttribute getInitState_Locations();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Block <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Block</em>'.
	 * @see org.pagelab.model.scenario.Block
	 * @generated
	 */
	EClass getBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Block#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head</em>'.
	 * @see org.pagelab.model.scenario.Block#getHead()
	 * @see #getBlock()
	 * @generated
	 */
	EAttribute getBlock_Head();

	/**
	 * Returns the meta object for the containment reference list '{@link org.pagelab.model.scenario.Block#getStatements <em>Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statements</em>'.
	 * @see org.pagelab.model.scenario.Block#getStatements()
	 * @see #getBlock()
	 * @generated
	 */
	EReference getBlock_Statements();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Block#getTail <em>Tail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tail</em>'.
	 * @see org.pagelab.model.scenario.Block#getTail()
	 * @see #getBlock()
	 * @generated
	 */
	EAttribute getBlock_Tail();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.SetupBlock <em>Setup Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Setup Block</em>'.
	 * @see org.pagelab.model.scenario.SetupBlock
	 * @generated
	 */
	EClass getSetupBlock();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.AfterBlock <em>After Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>After Block</em>'.
	 * @see org.pagelab.model.scenario.AfterBlock
	 * @generated
	 */
	EClass getAfterBlock();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.ThreadBlock <em>Thread Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Thread Block</em>'.
	 * @see org.pagelab.model.scenario.ThreadBlock
	 * @generated
	 */
	EClass getThreadBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.ThreadBlock#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.pagelab.model.scenario.ThreadBlock#getIndex()
	 * @see #getThreadBlock()
	 * @generated
	 */
	EAttribute getThreadBlock_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.ThreadBlock#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.pagelab.model.scenario.ThreadBlock#getRole()
	 * @see #getThreadBlock()
	 * @generated
	 */
	EAttribute getThreadBlock_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.ThreadBlock#isDaemon <em>Daemon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Daemon</em>'.
	 * @see org.pagelab.model.scenario.ThreadBlock#isDaemon()
	 * @see #getThreadBlock()
	 * @generated
	 */
	EAttribute getThreadBlock_Daemon();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.ThreadBlock#getParams <em>Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Params</em>'.
	 * @see org.pagelab.model.scenario.ThreadBlock#getParams()
	 * @see #getThreadBlock()
	 * @generated
	 */
	EAttribute getThreadBlock_Params();

	/**
	 * Returns the meta object for the '{@link org.pagelab.model.scenario.ThreadBlock#displayName() <em>Display Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Display Name</em>' operation.
	 * @see org.pagelab.model.scenario.ThreadBlock#displayName()
	 * @generated
	 */
	EOperation getThreadBlock__DisplayName();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Locations <em>Locations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Locations</em>'.
	 * @see org.pagelab.model.scenario.Locations
	 * @generated
	 */
	EClass getLocations();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.pagelab.model.scenario.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Filter#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.pagelab.model.scenario.Filter#getExpression()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_Expression();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.FinalCondition <em>Final Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Final Condition</em>'.
	 * @see org.pagelab.model.scenario.FinalCondition
	 * @generated
	 */
	EClass getFinalCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.FinalCondition#getQuantifier <em>Quantifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quantifier</em>'.
	 * @see org.pagelab.model.scenario.FinalCondition#getQuantifier()
	 * @see #getFinalCondition()
	 * @generated
	 */
	EAttribute getFinalCondition_Quantifier();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.FinalCondition#getExpression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expression</em>'.
	 * @see org.pagelab.model.scenario.FinalCondition#getExpression()
	 * @see #getFinalCondition()
	 * @generated
	 */
	EAttribute getFinalCondition_Expression();

	/**
	 * Returns the meta object for class '{@link org.pagelab.model.scenario.Statement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statement</em>'.
	 * @see org.pagelab.model.scenario.Statement
	 * @generated
	 */
	EClass getStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getLeading <em>Leading</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leading</em>'.
	 * @see org.pagelab.model.scenario.Statement#getLeading()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Leading();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.pagelab.model.scenario.Statement#getText()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getTrailing <em>Trailing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trailing</em>'.
	 * @see org.pagelab.model.scenario.Statement#getTrailing()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Trailing();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see org.pagelab.model.scenario.Statement#getLine()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Line();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.pagelab.model.scenario.Statement#getKind()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getDeclType <em>Decl Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decl Type</em>'.
	 * @see org.pagelab.model.scenario.Statement#getDeclType()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_DeclType();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.pagelab.model.scenario.Statement#getTarget()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.pagelab.model.scenario.Statement#getOperator()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.pagelab.model.scenario.Statement#getFunction()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Function();

	/**
	 * Returns the meta object for the attribute list '{@link org.pagelab.model.scenario.Statement#getArguments <em>Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Arguments</em>'.
	 * @see org.pagelab.model.scenario.Statement#getArguments()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Arguments();

	/**
	 * Returns the meta object for the attribute '{@link org.pagelab.model.scenario.Statement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.pagelab.model.scenario.Statement#getValue()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Value();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.scenario.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.pagelab.model.scenario.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.scenario.Quantifier <em>Quantifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quantifier</em>'.
	 * @see org.pagelab.model.scenario.Quantifier
	 * @generated
	 */
	EEnum getQuantifier();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.scenario.DeclarationKind <em>Declaration Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Declaration Kind</em>'.
	 * @see org.pagelab.model.scenario.DeclarationKind
	 * @generated
	 */
	EEnum getDeclarationKind();

	/**
	 * Returns the meta object for enum '{@link org.pagelab.model.scenario.StatementKind <em>Statement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Statement Kind</em>'.
	 * @see org.pagelab.model.scenario.StatementKind
	 * @generated
	 */
	EEnum getStatementKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ScenarioFactory getScenarioFactory();

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
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.ScenarioImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>File Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__FILE_NAME = eINSTANCE.getScenario_FileName();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__EXPECTED = eINSTANCE.getScenario_Expected();

		/**
		 * The meta object literal for the '<em><b>Memory Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__MEMORY_MODEL = eINSTANCE.getScenario_MemoryModel();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__ELEMENTS = eINSTANCE.getScenario_Elements();

		/**
		 * The meta object literal for the '<em><b>Trailing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__TRAILING = eINSTANCE.getScenario_Trailing();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___HEADER = eINSTANCE.getScenario__Header();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___THREADS = eINSTANCE.getScenario__Threads();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___IMPORTS = eINSTANCE.getScenario__Imports();

		/**
		 * The meta object literal for the '<em><b>Variant Choices</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___VARIANT_CHOICES = eINSTANCE.getScenario__VariantChoices();

		/**
		 * The meta object literal for the '<em><b>Init State</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___INIT_STATE = eINSTANCE.getScenario__InitState();

		/**
		 * The meta object literal for the '<em><b>Setup</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___SETUP = eINSTANCE.getScenario__Setup();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___AFTER = eINSTANCE.getScenario__After();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___FILTER = eINSTANCE.getScenario__Filter();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCENARIO___CONDITION = eINSTANCE.getScenario__Condition();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.ElementImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Leading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__LEADING = eINSTANCE.getElement_Leading();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__TEXT = eINSTANCE.getElement_Text();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__LINE = eINSTANCE.getElement_Line();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.HeaderImpl <em>Header</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.HeaderImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getHeader()
		 * @generated
		 */
		EClass HEADER = eINSTANCE.getHeader();

		/**
		 * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADER__ARCH = eINSTANCE.getHeader_Arch();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HEADER__NAME = eINSTANCE.getHeader_Name();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.ImportImpl <em>Import</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.ImportImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getImport()
		 * @generated
		 */
		EClass IMPORT = eINSTANCE.getImport();

		/**
		 * The meta object literal for the '<em><b>Module</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT__MODULE = eINSTANCE.getImport_Module();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.VariantChoiceImpl <em>Variant Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.VariantChoiceImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getVariantChoice()
		 * @generated
		 */
		EClass VARIANT_CHOICE = eINSTANCE.getVariantChoice();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT_CHOICE__FUNCTION = eINSTANCE.getVariantChoice_Function();

		/**
		 * The meta object literal for the '<em><b>Variant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT_CHOICE__VARIANT = eINSTANCE.getVariantChoice_Variant();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.DeclarationImpl <em>Declaration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.DeclarationImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getDeclaration()
		 * @generated
		 */
		EClass DECLARATION = eINSTANCE.getDeclaration();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__KIND = eINSTANCE.getDeclaration_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECLARATION__NAME = eINSTANCE.getDeclaration_Name();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.InitStateImpl <em>Init State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.InitStateImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getInitState()
		 * @generated
		 */
		EClass INIT_STATE = eINSTANCE.getInitState();

		/**
		 * The meta object literal for the '<em><b>Locations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INIT_STATE__LOCATIONS = eINSTANCE.getInitState_Locations();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.BlockImpl <em>Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.BlockImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getBlock()
		 * @generated
		 */
		EClass BLOCK = eINSTANCE.getBlock();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK__HEAD = eINSTANCE.getBlock_Head();

		/**
		 * The meta object literal for the '<em><b>Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BLOCK__STATEMENTS = eINSTANCE.getBlock_Statements();

		/**
		 * The meta object literal for the '<em><b>Tail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BLOCK__TAIL = eINSTANCE.getBlock_Tail();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.SetupBlockImpl <em>Setup Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.SetupBlockImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getSetupBlock()
		 * @generated
		 */
		EClass SETUP_BLOCK = eINSTANCE.getSetupBlock();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.AfterBlockImpl <em>After Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.AfterBlockImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getAfterBlock()
		 * @generated
		 */
		EClass AFTER_BLOCK = eINSTANCE.getAfterBlock();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.ThreadBlockImpl <em>Thread Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.ThreadBlockImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getThreadBlock()
		 * @generated
		 */
		EClass THREAD_BLOCK = eINSTANCE.getThreadBlock();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_BLOCK__INDEX = eINSTANCE.getThreadBlock_Index();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_BLOCK__ROLE = eINSTANCE.getThreadBlock_Role();

		/**
		 * The meta object literal for the '<em><b>Daemon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_BLOCK__DAEMON = eINSTANCE.getThreadBlock_Daemon();

		/**
		 * The meta object literal for the '<em><b>Params</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_BLOCK__PARAMS = eINSTANCE.getThreadBlock_Params();

		/**
		 * The meta object literal for the '<em><b>Display Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation THREAD_BLOCK___DISPLAY_NAME = eINSTANCE.getThreadBlock__DisplayName();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.LocationsImpl <em>Locations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.LocationsImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getLocations()
		 * @generated
		 */
		EClass LOCATIONS = eINSTANCE.getLocations();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.FilterImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__EXPRESSION = eINSTANCE.getFilter_Expression();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.FinalConditionImpl <em>Final Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.FinalConditionImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getFinalCondition()
		 * @generated
		 */
		EClass FINAL_CONDITION = eINSTANCE.getFinalCondition();

		/**
		 * The meta object literal for the '<em><b>Quantifier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINAL_CONDITION__QUANTIFIER = eINSTANCE.getFinalCondition_Quantifier();

		/**
		 * The meta object literal for the '<em><b>Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINAL_CONDITION__EXPRESSION = eINSTANCE.getFinalCondition_Expression();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.impl.StatementImpl <em>Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.impl.StatementImpl
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getStatement()
		 * @generated
		 */
		EClass STATEMENT = eINSTANCE.getStatement();

		/**
		 * The meta object literal for the '<em><b>Leading</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__LEADING = eINSTANCE.getStatement_Leading();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TEXT = eINSTANCE.getStatement_Text();

		/**
		 * The meta object literal for the '<em><b>Trailing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TRAILING = eINSTANCE.getStatement_Trailing();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__LINE = eINSTANCE.getStatement_Line();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__KIND = eINSTANCE.getStatement_Kind();

		/**
		 * The meta object literal for the '<em><b>Decl Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__DECL_TYPE = eINSTANCE.getStatement_DeclType();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TARGET = eINSTANCE.getStatement_Target();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__OPERATOR = eINSTANCE.getStatement_Operator();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__FUNCTION = eINSTANCE.getStatement_Function();

		/**
		 * The meta object literal for the '<em><b>Arguments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__ARGUMENTS = eINSTANCE.getStatement_Arguments();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__VALUE = eINSTANCE.getStatement_Value();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.Verdict
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.Quantifier <em>Quantifier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.Quantifier
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getQuantifier()
		 * @generated
		 */
		EEnum QUANTIFIER = eINSTANCE.getQuantifier();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.DeclarationKind <em>Declaration Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.DeclarationKind
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getDeclarationKind()
		 * @generated
		 */
		EEnum DECLARATION_KIND = eINSTANCE.getDeclarationKind();

		/**
		 * The meta object literal for the '{@link org.pagelab.model.scenario.StatementKind <em>Statement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.pagelab.model.scenario.StatementKind
		 * @see org.pagelab.model.scenario.impl.ScenarioPackageImpl#getStatementKind()
		 * @generated
		 */
		EEnum STATEMENT_KIND = eINSTANCE.getStatementKind();

	}

} //ScenarioPackage
