/**
 */
package org.pagelab.model.scenario.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.pagelab.model.scenario.ScenarioPackage;
import org.pagelab.model.scenario.Statement;
import org.pagelab.model.scenario.StatementKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getLeading <em>Leading</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getTrailing <em>Trailing</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getDeclType <em>Decl Type</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.impl.StatementImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatementImpl extends MinimalEObjectImpl.Container implements Statement {
	/**
	 * The default value of the '{@link #getLeading() <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeading()
	 * @generated
	 * @ordered
	 */
	protected static final String LEADING_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getLeading() <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeading()
	 * @generated
	 * @ordered
	 */
	protected String leading = LEADING_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StatementKind KIND_EDEFAULT = StatementKind.CALL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StatementKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclType() <em>Decl Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclType()
	 * @generated
	 * @ordered
	 */
	protected static final String DECL_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeclType() <em>Decl Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclType()
	 * @generated
	 * @ordered
	 */
	protected String declType = DECL_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected static final String OPERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOperator() <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperator()
	 * @generated
	 * @ordered
	 */
	protected String operator = OPERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getArguments() <em>Arguments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> arguments;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.STATEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLeading() {
		return leading;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeading(String newLeading) {
		String oldLeading = leading;
		leading = newLeading;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__LEADING, oldLeading, leading));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__TEXT, oldText, text));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__TRAILING, oldTrailing, trailing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatementKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StatementKind newKind) {
		StatementKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeclType() {
		return declType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclType(String newDeclType) {
		String oldDeclType = declType;
		declType = newDeclType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__DECL_TYPE, oldDeclType, declType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOperator() {
		return operator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperator(String newOperator) {
		String oldOperator = operator;
		operator = newOperator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__OPERATOR, oldOperator, operator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getArguments() {
		if (arguments == null) {
			arguments = new EDataTypeEList<String>(String.class, this, ScenarioPackage.STATEMENT__ARGUMENTS);
		}
		return arguments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ScenarioPackage.STATEMENT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ScenarioPackage.STATEMENT__LEADING:
				return getLeading();
			case ScenarioPackage.STATEMENT__TEXT:
				return getText();
			case ScenarioPackage.STATEMENT__TRAILING:
				return getTrailing();
			case ScenarioPackage.STATEMENT__LINE:
				return getLine();
			case ScenarioPackage.STATEMENT__KIND:
				return getKind();
			case ScenarioPackage.STATEMENT__DECL_TYPE:
				return getDeclType();
			case ScenarioPackage.STATEMENT__TARGET:
				return getTarget();
			case ScenarioPackage.STATEMENT__OPERATOR:
				return getOperator();
			case ScenarioPackage.STATEMENT__FUNCTION:
				return getFunction();
			case ScenarioPackage.STATEMENT__ARGUMENTS:
				return getArguments();
			case ScenarioPackage.STATEMENT__VALUE:
				return getValue();
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
			case ScenarioPackage.STATEMENT__LEADING:
				setLeading((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__TEXT:
				setText((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__TRAILING:
				setTrailing((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__LINE:
				setLine((Integer)newValue);
				return;
			case ScenarioPackage.STATEMENT__KIND:
				setKind((StatementKind)newValue);
				return;
			case ScenarioPackage.STATEMENT__DECL_TYPE:
				setDeclType((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__TARGET:
				setTarget((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__OPERATOR:
				setOperator((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__FUNCTION:
				setFunction((String)newValue);
				return;
			case ScenarioPackage.STATEMENT__ARGUMENTS:
				getArguments().clear();
				getArguments().addAll((Collection<? extends String>)newValue);
				return;
			case ScenarioPackage.STATEMENT__VALUE:
				setValue((String)newValue);
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
			case ScenarioPackage.STATEMENT__LEADING:
				setLeading(LEADING_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__TRAILING:
				setTrailing(TRAILING_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__DECL_TYPE:
				setDeclType(DECL_TYPE_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__OPERATOR:
				setOperator(OPERATOR_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case ScenarioPackage.STATEMENT__ARGUMENTS:
				getArguments().clear();
				return;
			case ScenarioPackage.STATEMENT__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case ScenarioPackage.STATEMENT__LEADING:
				return LEADING_EDEFAULT == null ? leading != null : !LEADING_EDEFAULT.equals(leading);
			case ScenarioPackage.STATEMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ScenarioPackage.STATEMENT__TRAILING:
				return TRAILING_EDEFAULT == null ? trailing != null : !TRAILING_EDEFAULT.equals(trailing);
			case ScenarioPackage.STATEMENT__LINE:
				return line != LINE_EDEFAULT;
			case ScenarioPackage.STATEMENT__KIND:
				return kind != KIND_EDEFAULT;
			case ScenarioPackage.STATEMENT__DECL_TYPE:
				return DECL_TYPE_EDEFAULT == null ? declType != null : !DECL_TYPE_EDEFAULT.equals(declType);
			case ScenarioPackage.STATEMENT__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case ScenarioPackage.STATEMENT__OPERATOR:
				return OPERATOR_EDEFAULT == null ? operator != null : !OPERATOR_EDEFAULT.equals(operator);
			case ScenarioPackage.STATEMENT__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case ScenarioPackage.STATEMENT__ARGUMENTS:
				return arguments != null && !arguments.isEmpty();
			case ScenarioPackage.STATEMENT__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (leading: ");
		result.append(leading);
		result.append(", text: ");
		result.append(text);
		result.append(", trailing: ");
		result.append(trailing);
		result.append(", line: ");
		result.append(line);
		result.append(", kind: ");
		result.append(kind);
		result.append(", declType: ");
		result.append(declType);
		result.append(", target: ");
		result.append(target);
		result.append(", operator: ");
		result.append(operator);
		result.append(", function: ");
		result.append(function);
		result.append(", arguments: ");
		result.append(arguments);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //StatementImpl
