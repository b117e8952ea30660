/**
 */
package org.pagelab.model.scenario.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.pagelab.model.scenario.AfterBlock;
import org.pagelab.model.scenario.Block;
import org.pagelab.model.scenario.Declaration;
import org.pagelab.model.scenario.DeclarationKind;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Filter;
import org.pagelab.model.scenario.FinalCondition;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.Import;
import org.pagelab.model.scenario.InitState;
import org.pagelab.model.scenario.Locations;
import org.pagelab.model.scenario.Quantifier;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.ScenarioFactory;
import org.pagelab.model.scenario.ScenarioPackage;
import org.pagelab.model.scenario.SetupBlock;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.StatementKind;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.model.scenario.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioPackageImpl extends EPackageImpl implements ScenarioPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass headerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variantChoiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass declarationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass blockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass setupBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass afterBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass threadBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass locationsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass finalConditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum verdictEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quantifierEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum declarationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statementKindEEnum = null;

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
	 * @see org.pagelab.model.scenario.ScenarioPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ScenarioPackageImpl() {
		super(eNS_URI, ScenarioFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ScenarioPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ScenarioPackage init() {
		if (isInited) return (ScenarioPackage)EPackage.Registry.INSTANCE.getEPackage(ScenarioPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredScenarioPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ScenarioPackageImpl theScenarioPackage = registeredScenarioPackage instanceof ScenarioPackageImpl ? (ScenarioPackageImpl)registeredScenarioPackage : new ScenarioPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theScenarioPackage.createPackageContents();

		// Initialize created meta-data
		theScenarioPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theScenarioPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ScenarioPackage.eNS_URI, theScenarioPackage);
		return theScenarioPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_FileName() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Expected() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_MemoryModel() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Elements() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Trailing() {
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__Header() {
		return scenarioEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__Threads() {
		return scenarioEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__Imports() {
		return scenarioEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__VariantChoices() {
		return scenarioEClass.getEOperations().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__InitState() {
		return scenarioEClass.getEOperations().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__Setup() {
		return scenarioEClass.getEOperations().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__After() {
		return scenarioEClass.getEOperations().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__Filter() {
		return scenarioEClass.getEOperations().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScenario__Condition() {
		return scenarioEClass.getEOperations().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElement() {
		return elementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Leading() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Text() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElement_Line() {
		return (EAttribute)elementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHeader() {
		return headerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeader_Arch() {
		return (EAttribute)headerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHeader_Name() {
		return (EAttribute)headerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImport() {
		return importEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImport_Module() {
		return (EAttribute)importEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariantChoice() {
		return variantChoiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariantChoice_Function() {
		return (EAttribute)variantChoiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariantChoice_Variant() {
		return (EAttribute)variantChoiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeclaration() {
		return declarationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Kind() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeclaration_Name() {
		return (EAttribute)declarationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitState() {
		return initStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitState_Locations() {
		return (EAttribute)initStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBlock() {
		return blockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlock_Head() {
		return (EAttribute)blockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBlock_Statements() {
		return (EReference)blockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBlock_Tail() {
		return (EAttribute)blockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetupBlock() {
		return setupBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAfterBlock() {
		return afterBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThreadBlock() {
		return threadBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadBlock_Index() {
		return (EAttribute)threadBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadBlock_Role() {
		return (EAttribute)threadBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadBlock_Daemon() {
		return (EAttribute)threadBlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadBlock_Params() {
		return (EAttribute)threadBlockEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getThreadBlock__DisplayName() {
		return threadBlockEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocations() {
		return locationsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilter() {
		return filterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_Expression() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinalCondition() {
		return finalConditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinalCondition_Quantifier() {
		return (EAttribute)finalConditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinalCondition_Expression() {
		return (EAttribute)finalConditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatement() {
		return statementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Leading() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Text() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Trailing() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Line() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Kind() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_DeclType() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Target() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Operator() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Function() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Arguments() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Value() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVerdict() {
		return verdictEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuantifier() {
		return quantifierEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDeclarationKind() {
		return declarationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatementKind() {
		return statementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScenarioFactory getScenarioFactory() {
		return (ScenarioFactory)getEFactoryInstance();
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
		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__FILE_NAME);
		createEAttribute(scenarioEClass, SCENARIO__EXPECTED);
		createEAttribute(scenarioEClass, SCENARIO__MEMORY_MODEL);
		createEReference(scenarioEClass, SCENARIO__ELEMENTS);
		createEAttribute(scenarioEClass, SCENARIO__TRAILING);
		createEOperation(scenarioEClass, SCENARIO___HEADER);
		createEOperation(scenarioEClass, SCENARIO___THREADS);
		createEOperation(scenarioEClass, SCENARIO___IMPORTS);
		createEOperation(scenarioEClass, SCENARIO___VARIANT_CHOICES);
		createEOperation(scenarioEClass, SCENARIO___INIT_STATE);
		createEOperation(scenarioEClass, SCENARIO___SETUP);
		createEOperation(scenarioEClass, SCENARIO___AFTER);
		createEOperation(scenarioEClass, SCENARIO___FILTER);
		createEOperation(scenarioEClass, SCENARIO___CONDITION);

		elementEClass = createEClass(ELEMENT);
		createEAttribute(elementEClass, ELEMENT__LEADING);
		createEAttribute(elementEClass, ELEMENT__TEXT);
		createEAttribute(elementEClass, ELEMENT__LINE);

		headerEClass = createEClass(HEADER);
		createEAttribute(headerEClass, HEADER__ARCH);
		createEAttribute(headerEClass, HEADER__NAME);

		importEClass = createEClass(IMPORT);
		createEAttribute(importEClass, IMPORT__MODULE);

		variantChoiceEClass = createEClass(VARIANT_CHOICE);
		createEAttribute(variantChoiceEClass, VARIANT_CHOICE__FUNCTION);
		createEAttribute(variantChoiceEClass, VARIANT_CHOICE__VARIANT);

		declarationEClass = createEClass(DECLARATION);
		createEAttribute(declarationEClass, DECLARATION__KIND);
		createEAttribute(declarationEClass, DECLARATION__NAME);

		initStateEClass = createEClass(INIT_STATE);
		createEAttribute(initStateEClass, INIT_STATE__LOCATIONS);

		blockEClass = createEClass(BLOCK);
		createEAttribute(blockEClass, BLOCK__HEAD);
		createEReference(blockEClass, BLOCK__STATEMENTS);
		createEAttribute(blockEClass, BLOCK__TAIL);

		setupBlockEClass = createEClass(SETUP_BLOCK);

		afterBlockEClass = createEClass(AFTER_BLOCK);

		threadBlockEClass = createEClass(THREAD_BLOCK);
		createEAttribute(threadBlockEClass, THREAD_BLOCK__INDEX);
		createEAttribute(threadBlockEClass, THREAD_BLOCK__ROLE);
		createEAttribute(threadBlockEClass, THREAD_BLOCK__DAEMON);
		createEAttribute(threadBlockEClass, THREAD_BLOCK__PARAMS);
		createEOperation(threadBlockEClass, THREAD_BLOCK___DISPLAY_NAME);

		locationsEClass = createEClass(LOCATIONS);

		filterEClass = createEClass(FILTER);
		createEAttribute(filterEClass, FILTER__EXPRESSION);

		finalConditionEClass = createEClass(FINAL_CONDITION);
		createEAttribute(finalConditionEClass, FINAL_CONDITION__QUANTIFIER);
		createEAttribute(finalConditionEClass, FINAL_CONDITION__EXPRESSION);

		statementEClass = createEClass(STATEMENT);
		createEAttribute(statementEClass, STATEMENT__LEADING);
		createEAttribute(statementEClass, STATEMENT__TEXT);
		createEAttribute(statementEClass, STATEMENT__TRAILING);
		createEAttribute(statementEClass, STATEMENT__LINE);
		createEAttribute(statementEClass, STATEMENT__KIND);
		createEAttribute(statementEClass, STATEMENT__DECL_TYPE);
		createEAttribute(statementEClass, STATEMENT__TARGET);
		createEAttribute(statementEClass, STATEMENT__OPERATOR);
		createEAttribute(statementEClass, STATEMENT__FUNCTION);
		createEAttribute(statementEClass, STATEMENT__ARGUMENTS);
		createEAttribute(statementEClass, STATEMENT__VALUE);

		// Create enums
		verdictEEnum = createEEnum(VERDICT);
		quantifierEEnum = createEEnum(QUANTIFIER);
		declarationKindEEnum = createEEnum(DECLARATION_KIND);
		statementKindEEnum = createEEnum(STATEMENT_KIND);
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
		headerEClass.getESuperTypes().add(this.getElement());
		importEClass.getESuperTypes().add(this.getElement());
		variantChoiceEClass.getESuperTypes().add(this.getElement());
		declarationEClass.getESuperTypes().add(this.getElement());
		initStateEClass.getESuperTypes().add(this.getElement());
		blockEClass.getESuperTypes().add(this.getElement());
		setupBlockEClass.getESuperTypes().add(this.getBlock());
		afterBlockEClass.getESuperTypes().add(this.getBlock());
		threadBlockEClass.getESuperTypes().add(this.getBlock());
		locationsEClass.getESuperTypes().add(this.getElement());
		filterEClass.getESuperTypes().add(this.getElement());
		finalConditionEClass.getESuperTypes().add(this.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Expected(), this.getVerdict(), "expected", "unspecified", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_MemoryModel(), ecorePackage.getEString(), "memoryModel", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Elements(), this.getElement(), null, "elements", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Trailing(), ecorePackage.getEString(), "trailing", "", 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getScenario__Header(), this.getHeader(), "header", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__Threads(), this.getThreadBlock(), "threads", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__Imports(), this.getImport(), "imports", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__VariantChoices(), this.getVariantChoice(), "variantChoices", 0, -1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__InitState(), this.getInitState(), "initState", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__Setup(), this.getSetupBlock(), "setup", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__After(), this.getAfterBlock(), "after", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__Filter(), this.getFilter(), "filter", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getScenario__Condition(), this.getFinalCondition(), "condition", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(elementEClass, Element.class, "Element", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElement_Leading(), ecorePackage.getEString(), "leading", "", 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Text(), ecorePackage.getEString(), "text", "", 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElement_Line(), ecorePackage.getEInt(), "line", "0", 0, 1, Element.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(headerEClass, Header.class, "Header", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHeader_Arch(), ecorePackage.getEString(), "arch", "C", 0, 1, Header.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHeader_Name(), ecorePackage.getEString(), "name", null, 0, 1, Header.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importEClass, Import.class, "Import", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImport_Module(), ecorePackage.getEString(), "module", null, 0, 1, Import.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(variantChoiceEClass, VariantChoice.class, "VariantChoice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVariantChoice_Function(), ecorePackage.getEString(), "function", null, 0, 1, VariantChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariantChoice_Variant(), ecorePackage.getEString(), "variant", null, 0, 1, VariantChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(declarationEClass, Declaration.class, "Declaration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeclaration_Kind(), this.getDeclarationKind(), "kind", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeclaration_Name(), ecorePackage.getEString(), "name", null, 0, 1, Declaration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initStateEClass, InitState.class, "InitState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitState_Locations(), ecorePackage.getEString(), "locations", null, 0, -1, InitState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(blockEClass, Block.class, "Block", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBlock_Head(), ecorePackage.getEString(), "head", "", 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBlock_Statements(), this.getStatement(), null, "statements", null, 0, -1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBlock_Tail(), ecorePackage.getEString(), "tail", "", 0, 1, Block.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(setupBlockEClass, SetupBlock.class, "SetupBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(afterBlockEClass, AfterBlock.class, "AfterBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(threadBlockEClass, ThreadBlock.class, "ThreadBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getThreadBlock_Index(), ecorePackage.getEInt(), "index", "0", 0, 1, ThreadBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadBlock_Role(), ecorePackage.getEString(), "role", null, 0, 1, ThreadBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadBlock_Daemon(), ecorePackage.getEBoolean(), "daemon", "false", 0, 1, ThreadBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getThreadBlock_Params(), ecorePackage.getEString(), "params", "", 0, 1, ThreadBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getThreadBlock__DisplayName(), ecorePackage.getEString(), "displayName", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(locationsEClass, Locations.class, "Locations", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(filterEClass, Filter.class, "Filter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFilter_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(finalConditionEClass, FinalCondition.class, "FinalCondition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinalCondition_Quantifier(), this.getQuantifier(), "quantifier", null, 0, 1, FinalCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinalCondition_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, FinalCondition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statementEClass, Statement.class, "Statement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatement_Leading(), ecorePackage.getEString(), "leading", "", 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Text(), ecorePackage.getEString(), "text", "", 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Trailing(), ecorePackage.getEString(), "trailing", "", 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Line(), ecorePackage.getEInt(), "line", "0", 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Kind(), this.getStatementKind(), "kind", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_DeclType(), ecorePackage.getEString(), "declType", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Target(), ecorePackage.getEString(), "target", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Operator(), ecorePackage.getEString(), "operator", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Function(), ecorePackage.getEString(), "function", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Arguments(), ecorePackage.getEString(), "arguments", null, 0, -1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Value(), ecorePackage.getEString(), "value", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(verdictEEnum, Verdict.class, "Verdict");
		addEEnumLiteral(verdictEEnum, Verdict.UNSPECIFIED);
		addEEnumLiteral(verdictEEnum, Verdict.NEVER);
		addEEnumLiteral(verdictEEnum, Verdict.SOMETIMES);
		addEEnumLiteral(verdictEEnum, Verdict.ALWAYS);

		initEEnum(quantifierEEnum, Quantifier.class, "Quantifier");
		addEEnumLiteral(quantifierEEnum, Quantifier.EXISTS);
		addEEnumLiteral(quantifierEEnum, Quantifier.NOT_EXISTS);
		addEEnumLiteral(quantifierEEnum, Quantifier.FORALL);

		initEEnum(declarationKindEEnum, DeclarationKind.class, "DeclarationKind");
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.DEFINE);
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.ENUM);
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.STRUCT);
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.FUNCTION);
		addEEnumLiteral(declarationKindEEnum, DeclarationKind.GLOBAL);

		initEEnum(statementKindEEnum, StatementKind.class, "StatementKind");
		addEEnumLiteral(statementKindEEnum, StatementKind.CALL);
		addEEnumLiteral(statementKindEEnum, StatementKind.ASSIGN_CALL);
		addEEnumLiteral(statementKindEEnum, StatementKind.DECLARATION);
		addEEnumLiteral(statementKindEEnum, StatementKind.ASSIGNMENT);
		addEEnumLiteral(statementKindEEnum, StatementKind.CONTROL);
		addEEnumLiteral(statementKindEEnum, StatementKind.OTHER);

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
			   "documentation", "Scenario files as an editable model, shared by the Source and Lanes pages of the scenario editor. The text is the persistent form; this model keeps the source text of every part so that untouched parts are written back byte for byte."
		   });
		addAnnotation
		  (scenarioEClass,
		   source,
		   new String[] {
			   "documentation", "A scenario or litmus file as an editable model. The text format is the file format: every element and statement keeps the exact source text it was read from (with the comments and white space around it), so writing an untouched model gives the original text back; an edit regenerates only the text of what it changed. Read and written by org.pagelab.engine.edit (ScenarioReader, ScenarioWriter); edit it through ScenarioEdits so that texts stay in step with fields."
		   });
		addAnnotation
		  (getScenario__Header(),
		   source,
		   new String[] {
			   "documentation", "The header line (C name).",
			   "body", "for (Element e : getElements()) { if (e instanceof Header x) { return x; } } return null;"
		   });
		addAnnotation
		  (getScenario__Threads(),
		   source,
		   new String[] {
			   "documentation", "The threads in order (P0, P1, ...).",
			   "body", "org.eclipse.emf.common.util.BasicEList<ThreadBlock> out = new org.eclipse.emf.common.util.BasicEList<>(); for (Element e : getElements()) { if (e instanceof ThreadBlock x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);"
		   });
		addAnnotation
		  (getScenario__Imports(),
		   source,
		   new String[] {
			   "documentation", "The imported library modules.",
			   "body", "org.eclipse.emf.common.util.BasicEList<Import> out = new org.eclipse.emf.common.util.BasicEList<>(); for (Element e : getElements()) { if (e instanceof Import x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);"
		   });
		addAnnotation
		  (getScenario__VariantChoices(),
		   source,
		   new String[] {
			   "documentation", "The variant selections.",
			   "body", "org.eclipse.emf.common.util.BasicEList<VariantChoice> out = new org.eclipse.emf.common.util.BasicEList<>(); for (Element e : getElements()) { if (e instanceof VariantChoice x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);"
		   });
		addAnnotation
		  (getScenario__InitState(),
		   source,
		   new String[] {
			   "documentation", "The litmus initial-state block, or null.",
			   "body", "for (Element e : getElements()) { if (e instanceof InitState x) { return x; } } return null;"
		   });
		addAnnotation
		  (getScenario__Setup(),
		   source,
		   new String[] {
			   "documentation", "The setup block, or null.",
			   "body", "for (Element e : getElements()) { if (e instanceof SetupBlock x) { return x; } } return null;"
		   });
		addAnnotation
		  (getScenario__After(),
		   source,
		   new String[] {
			   "documentation", "The after block, or null.",
			   "body", "for (Element e : getElements()) { if (e instanceof AfterBlock x) { return x; } } return null;"
		   });
		addAnnotation
		  (getScenario__Filter(),
		   source,
		   new String[] {
			   "documentation", "The filter clause, or null.",
			   "body", "for (Element e : getElements()) { if (e instanceof Filter x) { return x; } } return null;"
		   });
		addAnnotation
		  (getScenario__Condition(),
		   source,
		   new String[] {
			   "documentation", "The final condition, or null.",
			   "body", "for (Element e : getElements()) { if (e instanceof FinalCondition x) { return x; } } return null;"
		   });
		addAnnotation
		  (getScenario_FileName(),
		   source,
		   new String[] {
			   "documentation", "The file the scenario was read from (for messages), or empty."
		   });
		addAnnotation
		  (getScenario_Expected(),
		   source,
		   new String[] {
			   "documentation", "The expected verdict from the Result: line of a header comment (unspecified when there is none). Change it with ScenarioEdits.setExpected, which rewrites the comment."
		   });
		addAnnotation
		  (getScenario_MemoryModel(),
		   source,
		   new String[] {
			   "documentation", "The memory model the expected verdict refers to (the Model: line of the header comment: sc, tso, lkmm), or empty."
		   });
		addAnnotation
		  (getScenario_Elements(),
		   source,
		   new String[] {
			   "documentation", "The top-level elements in source order: header line, imports, variant choices, declarations, initial state, setup, threads, after, locations, filter, final condition."
		   });
		addAnnotation
		  (getScenario_Trailing(),
		   source,
		   new String[] {
			   "documentation", "White space and comments after the last element."
		   });
		addAnnotation
		  (elementEClass,
		   source,
		   new String[] {
			   "documentation", "A top-level piece of the file. Its text is leading + its own source."
		   });
		addAnnotation
		  (getElement_Leading(),
		   source,
		   new String[] {
			   "documentation", "White space and comments between the previous element and this one, verbatim."
		   });
		addAnnotation
		  (getElement_Text(),
		   source,
		   new String[] {
			   "documentation", "The source text of the element (for blocks: unused, see Block)."
		   });
		addAnnotation
		  (getElement_Line(),
		   source,
		   new String[] {
			   "documentation", "1-based line where the element started when the file was read (0 for elements added since)."
		   });
		addAnnotation
		  (headerEClass,
		   source,
		   new String[] {
			   "documentation", "The header line: architecture word (C) and test name."
		   });
		addAnnotation
		  (getHeader_Arch(),
		   source,
		   new String[] {
			   "documentation", "The architecture word; always C."
		   });
		addAnnotation
		  (getHeader_Name(),
		   source,
		   new String[] {
			   "documentation", "The test name: the rest of the first line."
		   });
		addAnnotation
		  (importEClass,
		   source,
		   new String[] {
			   "documentation", "import MODULE; (a kernel model library module)."
		   });
		addAnnotation
		  (getImport_Module(),
		   source,
		   new String[] {
			   "documentation", "The module name, e.g. mm."
		   });
		addAnnotation
		  (variantChoiceEClass,
		   source,
		   new String[] {
			   "documentation", "variant FUNCTION = \"VARIANT\"; picks a named variant of a library function."
		   });
		addAnnotation
		  (getVariantChoice_Function(),
		   source,
		   new String[] {
			   "documentation", "The library function, e.g. try_to_unmap_one."
		   });
		addAnnotation
		  (getVariantChoice_Variant(),
		   source,
		   new String[] {
			   "documentation", "The variant name, e.g. 5.16 or v2."
		   });
		addAnnotation
		  (declarationEClass,
		   source,
		   new String[] {
			   "documentation", "A #define, enum, struct, function or global declaration, kept as text."
		   });
		addAnnotation
		  (getDeclaration_Kind(),
		   source,
		   new String[] {
			   "documentation", "What it declares."
		   });
		addAnnotation
		  (getDeclaration_Name(),
		   source,
		   new String[] {
			   "documentation", "The declared name (the first constant of an enum)."
		   });
		addAnnotation
		  (initStateEClass,
		   source,
		   new String[] {
			   "documentation", "The litmus initial-state block { x=1; int *p=&x; 0:r1=0; }, kept as text."
		   });
		addAnnotation
		  (getInitState_Locations(),
		   source,
		   new String[] {
			   "documentation", "Names of the locations and registers it initializes, in order."
		   });
		addAnnotation
		  (blockEClass,
		   source,
		   new String[] {
			   "documentation", "An element with a body of statements: text = head + statements + tail + \'}\'."
		   });
		addAnnotation
		  (getBlock_Head(),
		   source,
		   new String[] {
			   "documentation", "Source from the start of the element up to and including the opening brace."
		   });
		addAnnotation
		  (getBlock_Statements(),
		   source,
		   new String[] {
			   "documentation", "The statements of the body in program order."
		   });
		addAnnotation
		  (getBlock_Tail(),
		   source,
		   new String[] {
			   "documentation", "White space and comments between the last statement and the closing brace."
		   });
		addAnnotation
		  (setupBlockEClass,
		   source,
		   new String[] {
			   "documentation", "setup { ... }: code run once before the threads."
		   });
		addAnnotation
		  (afterBlockEClass,
		   source,
		   new String[] {
			   "documentation", "after { ... }: code run once when all threads finished."
		   });
		addAnnotation
		  (threadBlockEClass,
		   source,
		   new String[] {
			   "documentation", "A thread, [daemon] P<n>[:role](params) { ... }: one CPU or role of the race."
		   });
		addAnnotation
		  (getThreadBlock__DisplayName(),
		   source,
		   new String[] {
			   "documentation", "The role, or Pn without one.",
			   "body", "return getRole() != null && !getRole().isEmpty() ? getRole() : \"P\" + getIndex();"
		   });
		addAnnotation
		  (getThreadBlock_Index(),
		   source,
		   new String[] {
			   "documentation", "The thread number n of Pn (threads are numbered from 0 in file order)."
		   });
		addAnnotation
		  (getThreadBlock_Role(),
		   source,
		   new String[] {
			   "documentation", "The readable name after the colon (dio, reclaim), or empty."
		   });
		addAnnotation
		  (getThreadBlock_Daemon(),
		   source,
		   new String[] {
			   "documentation", "A daemon thread need not finish (a server loop)."
		   });
		addAnnotation
		  (getThreadBlock_Params(),
		   source,
		   new String[] {
			   "documentation", "The parameter list as written between the parentheses."
		   });
		addAnnotation
		  (locationsEClass,
		   source,
		   new String[] {
			   "documentation", "locations [x; 0:r1]: extra values to print, kept as text."
		   });
		addAnnotation
		  (filterEClass,
		   source,
		   new String[] {
			   "documentation", "filter (C): keep only executions satisfying C."
		   });
		addAnnotation
		  (getFilter_Expression(),
		   source,
		   new String[] {
			   "documentation", "The condition as written, without the outer parentheses."
		   });
		addAnnotation
		  (finalConditionEClass,
		   source,
		   new String[] {
			   "documentation", "The final condition: exists (C), ~exists (C) or forall (C)."
		   });
		addAnnotation
		  (getFinalCondition_Quantifier(),
		   source,
		   new String[] {
			   "documentation", "exists, ~exists or forall."
		   });
		addAnnotation
		  (getFinalCondition_Expression(),
		   source,
		   new String[] {
			   "documentation", "The condition as written, without the outer parentheses."
		   });
		addAnnotation
		  (statementEClass,
		   source,
		   new String[] {
			   "documentation", "One statement of a thread, setup or after block, with its source text. Simple statements (a call, an assignment or declaration whose value is a call) are also split into fields that the Lanes page edits; other statements (if, loops, blocks) are edited as text."
		   });
		addAnnotation
		  (getStatement_Leading(),
		   source,
		   new String[] {
			   "documentation", "White space and comments between the previous statement (or the opening brace) and this one, verbatim."
		   });
		addAnnotation
		  (getStatement_Text(),
		   source,
		   new String[] {
			   "documentation", "The statement\'s source text, from its first character to its final \';\' or \'}\'."
		   });
		addAnnotation
		  (getStatement_Trailing(),
		   source,
		   new String[] {
			   "documentation", "Spaces and comments after the statement on the same line (a comment naming the kernel function, say)."
		   });
		addAnnotation
		  (getStatement_Line(),
		   source,
		   new String[] {
			   "documentation", "1-based line where the statement started when the file was read (0 for statements added since)."
		   });
		addAnnotation
		  (getStatement_Kind(),
		   source,
		   new String[] {
			   "documentation", "The shape of the statement."
		   });
		addAnnotation
		  (getStatement_DeclType(),
		   source,
		   new String[] {
			   "documentation", "For a declaration: the type as written (int, struct page *), else empty."
		   });
		addAnnotation
		  (getStatement_Target(),
		   source,
		   new String[] {
			   "documentation", "The variable assigned or declared, else empty."
		   });
		addAnnotation
		  (getStatement_Operator(),
		   source,
		   new String[] {
			   "documentation", "The assignment operator (=, +=, ...) for assignments, else empty."
		   });
		addAnnotation
		  (getStatement_Function(),
		   source,
		   new String[] {
			   "documentation", "For a call or a value that is a call: the called function."
		   });
		addAnnotation
		  (getStatement_Arguments(),
		   source,
		   new String[] {
			   "documentation", "For a call: the arguments as written."
		   });
		addAnnotation
		  (getStatement_Value(),
		   source,
		   new String[] {
			   "documentation", "For an assignment or declaration whose value is not a call: the value as written."
		   });
		addAnnotation
		  (verdictEEnum,
		   source,
		   new String[] {
			   "documentation", "Expected verdict of the final condition, as herd7 reports it."
		   });
		addAnnotation
		  (verdictEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "No Result: line."
		   });
		addAnnotation
		  (verdictEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "No execution satisfies the condition."
		   });
		addAnnotation
		  (verdictEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Some executions do."
		   });
		addAnnotation
		  (verdictEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "All executions do."
		   });
		addAnnotation
		  (quantifierEEnum,
		   source,
		   new String[] {
			   "documentation", "Quantifier of the final condition."
		   });
		addAnnotation
		  (quantifierEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "Some execution satisfies the condition."
		   });
		addAnnotation
		  (quantifierEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "No execution satisfies it."
		   });
		addAnnotation
		  (quantifierEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "Every execution satisfies it."
		   });
		addAnnotation
		  (declarationKindEEnum,
		   source,
		   new String[] {
			   "documentation", "What a declaration declares."
		   });
		addAnnotation
		  (declarationKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "#define NAME value"
		   });
		addAnnotation
		  (declarationKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "enum { A, B };"
		   });
		addAnnotation
		  (declarationKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "struct name { ... };"
		   });
		addAnnotation
		  (declarationKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "a function definition"
		   });
		addAnnotation
		  (declarationKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "a global variable"
		   });
		addAnnotation
		  (statementKindEEnum,
		   source,
		   new String[] {
			   "documentation", "The shape of a statement."
		   });
		addAnnotation
		  (statementKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "documentation", "f(args);"
		   });
		addAnnotation
		  (statementKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "documentation", "x = f(args); or int x = f(args);"
		   });
		addAnnotation
		  (statementKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "documentation", "int x; or int x = value;"
		   });
		addAnnotation
		  (statementKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "documentation", "x = value; (or +=, ...)"
		   });
		addAnnotation
		  (statementKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "if, while, for, do, a nested block, goto, return, break, continue, a label"
		   });
		addAnnotation
		  (statementKindEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "documentation", "any other statement (kept as text)"
		   });
	}

} //ScenarioPackageImpl
