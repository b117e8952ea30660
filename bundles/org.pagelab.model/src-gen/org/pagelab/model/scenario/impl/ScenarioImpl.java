/**
 */
package org.pagelab.model.scenario.impl;

import java.lang.reflect.InvocationTargetException;

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

import org.pagelab.model.scenario.AfterBlock;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Filter;
import org.pagelab.model.scenario.FinalCondition;
import org.pagelab.model.scenario.Header;
import org.pagelab.model.scenario.Import;
import org.pagelab.model.scenario.InitState;
import org.pagelab.model.scenario.Scenario;
import org.pagelab.model.scenario.ScenarioPackage;
import org.pagelab.model.scenario.SetupBlock;
import org.pagelab.model.scenario.ThreadBlock;
import org.pagelab.model.scenario.VariantChoice;
import org.pagelab.model.scenario.Verdict;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.impl.ScenarioImpl#getFileName <em>File Name</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ScenarioImpl#getExpected <em>Expected</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ScenarioImpl#getMemoryModel <em>Memory Model</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ScenarioImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.ScenarioImpl#getTrailing <em>Trailing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends MinimalEObjectImpl.Container implements Scenario {
	/**
	 * The default value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFileName() <em>File Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFileName()
	 * @generated
	 * @ordered
	 */
	protected String fileName = FILE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict EXPECTED_EDEFAULT = Verdict.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getExpected() <em>Expected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpected()
	 * @generated
	 * @ordered
	 */
	protected Verdict expected = EXPECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryModel() <em>Memory Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMORY_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemoryModel() <em>Memory Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryModel()
	 * @generated
	 * @ordered
	 */
	protected String memoryModel = MEMORY_MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<Element> elements;

	/**
	 * The default value of the '{@link #getTrailing() <em>Trailing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailing()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAILING_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getTrailing() <em>Trailing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrailing()
	 * @generated
	 * @ordered
	 */
	protected String trailing = TRAILING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFileName() {
		return fileName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileName(String newFileName) {
		String oldFileName = fileName;
		fileName = newFileName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__FILE_NAME, oldFileName, fileName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getExpected() {
		return expected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpected(Verdict newExpected) {
		Verdict oldExpected = expected;
		expected = newExpected == null ? EXPECTED_EDEFAULT : newExpected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__EXPECTED, oldExpected, expected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMemoryModel() {
		return memoryModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryModel(String newMemoryModel) {
		String oldMemoryModel = memoryModel;
		memoryModel = newMemoryModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__MEMORY_MODEL, oldMemoryModel, memoryModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Element> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<Element>(Element.class, this, ScenarioPackage.SCENARIO__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrailing() {
		return trailing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrailing(String newTrailing) {
		String oldTrailing = trailing;
		trailing = newTrailing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.SCENARIO__TRAILING, oldTrailing, trailing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Header header() {
		for (Element e : getElements()) { if (e instanceof Header x) { return x; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThreadBlock> threads() {
		org.eclipse.emf.common.util.BasicEList<ThreadBlock> out = new org.eclipse.emf.common.util.BasicEList<>(); for (Element e : getElements()) { if (e instanceof ThreadBlock x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Import> imports() {
		org.eclipse.emf.common.util.BasicEList<Import> out = new org.eclipse.emf.common.util.BasicEList<>(); for (Element e : getElements()) { if (e instanceof Import x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VariantChoice> variantChoices() {
		org.eclipse.emf.common.util.BasicEList<VariantChoice> out = new org.eclipse.emf.common.util.BasicEList<>(); for (Element e : getElements()) { if (e instanceof VariantChoice x) { out.add(x); } } return org.eclipse.emf.common.util.ECollections.unmodifiableEList(out);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitState initState() {
		for (Element e : getElements()) { if (e instanceof InitState x) { return x; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SetupBlock setup() {
		for (Element e : getElements()) { if (e instanceof SetupBlock x) { return x; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AfterBlock after() {
		for (Element e : getElements()) { if (e instanceof AfterBlock x) { return x; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter filter() {
		for (Element e : getElements()) { if (e instanceof Filter x) { return x; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinalCondition condition() {
		for (Element e : getElements()) { if (e instanceof FinalCondition x) { return x; } } return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ScenarioPackage.SCENARIO__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
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
			case ScenarioPackage.SCENARIO__FILE_NAME:
				return getFileName();
			case ScenarioPackage.SCENARIO__EXPECTED:
				return getExpected();
			case ScenarioPackage.SCENARIO__MEMORY_MODEL:
				return getMemoryModel();
			case ScenarioPackage.SCENARIO__ELEMENTS:
				return getElements();
			case ScenarioPackage.SCENARIO__TRAILING:
				return getTrailing();
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
			case ScenarioPackage.SCENARIO__FILE_NAME:
				setFileName((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__EXPECTED:
				setExpected((Verdict)newValue);
				return;
			case ScenarioPackage.SCENARIO__MEMORY_MODEL:
				setMemoryModel((String)newValue);
				return;
			case ScenarioPackage.SCENARIO__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends Element>)newValue);
				return;
			case ScenarioPackage.SCENARIO__TRAILING:
				setTrailing((String)newValue);
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
			case ScenarioPackage.SCENARIO__FILE_NAME:
				setFileName(FILE_NAME_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__EXPECTED:
				setExpected(EXPECTED_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__MEMORY_MODEL:
				setMemoryModel(MEMORY_MODEL_EDEFAULT);
				return;
			case ScenarioPackage.SCENARIO__ELEMENTS:
				getElements().clear();
				return;
			case ScenarioPackage.SCENARIO__TRAILING:
				setTrailing(TRAILING_EDEFAULT);
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
			case ScenarioPackage.SCENARIO__FILE_NAME:
				return FILE_NAME_EDEFAULT == null ? fileName != null : !FILE_NAME_EDEFAULT.equals(fileName);
			case ScenarioPackage.SCENARIO__EXPECTED:
				return expected != EXPECTED_EDEFAULT;
			case ScenarioPackage.SCENARIO__MEMORY_MODEL:
				return MEMORY_MODEL_EDEFAULT == null ? memoryModel != null : !MEMORY_MODEL_EDEFAULT.equals(memoryModel);
			case ScenarioPackage.SCENARIO__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case ScenarioPackage.SCENARIO__TRAILING:
				return TRAILING_EDEFAULT == null ? trailing != null : !TRAILING_EDEFAULT.equals(trailing);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ScenarioPackage.SCENARIO___HEADER:
				return header();
			case ScenarioPackage.SCENARIO___THREADS:
				return threads();
			case ScenarioPackage.SCENARIO___IMPORTS:
				return imports();
			case ScenarioPackage.SCENARIO___VARIANT_CHOICES:
				return variantChoices();
			case ScenarioPackage.SCENARIO___INIT_STATE:
				return initState();
			case ScenarioPackage.SCENARIO___SETUP:
				return setup();
			case ScenarioPackage.SCENARIO___AFTER:
				return after();
			case ScenarioPackage.SCENARIO___FILTER:
				return filter();
			case ScenarioPackage.SCENARIO___CONDITION:
				return condition();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (fileName: ");
		result.append(fileName);
		result.append(", expected: ");
		result.append(expected);
		result.append(", memoryModel: ");
		result.append(memoryModel);
		result.append(", trailing: ");
		result.append(trailing);
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
