/**
 */
package org.pagelab.model.scenario;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One statement of a thread, setup or after block, with its source text. Simple statements (a call, an assignment or declaration whose value is a call) are also split into fields that the Lanes page edits; other statements (if, loops, blocks) are edited as text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.Statement#getLeading <em>Leading</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getText <em>Text</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getTrailing <em>Trailing</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getLine <em>Line</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getDeclType <em>Decl Type</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getTarget <em>Target</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getFunction <em>Function</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getArguments <em>Arguments</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Statement#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement()
 * @model
 * @generated
 */
public interface Statement extends EObject {
	/**
	 * Returns the value of the '<em><b>Leading</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * White space and comments between the previous statement (or the opening brace) and this one, verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leading</em>' attribute.
	 * @see #setLeading(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Leading()
	 * @model default=""
	 * @generated
	 */
	String getLeading();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getLeading <em>Leading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leading</em>' attribute.
	 * @see #getLeading()
	 * @generated
	 */
	void setLeading(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The statement's source text, from its first character to its final ';' or '}'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Text()
	 * @model default=""
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Trailing</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spaces and comments after the statement on the same line (a comment naming the kernel function, say).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trailing</em>' attribute.
	 * @see #setTrailing(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Trailing()
	 * @model default=""
	 * @generated
	 */
	String getTrailing();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getTrailing <em>Trailing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trailing</em>' attribute.
	 * @see #getTrailing()
	 * @generated
	 */
	void setTrailing(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line where the statement started when the file was read (0 for statements added since).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Line()
	 * @model default="0"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.scenario.StatementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shape of the statement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.scenario.StatementKind
	 * @see #setKind(StatementKind)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Kind()
	 * @model
	 * @generated
	 */
	StatementKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.scenario.StatementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StatementKind value);

	/**
	 * Returns the value of the '<em><b>Decl Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a declaration: the type as written (int, struct page *), else empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decl Type</em>' attribute.
	 * @see #setDeclType(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_DeclType()
	 * @model
	 * @generated
	 */
	String getDeclType();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getDeclType <em>Decl Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decl Type</em>' attribute.
	 * @see #getDeclType()
	 * @generated
	 */
	void setDeclType(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variable assigned or declared, else empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assignment operator (=, +=, ...) for assignments, else empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a call or a value that is a call: the called function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a call: the arguments as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arguments</em>' attribute list.
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Arguments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getArguments();

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For an assignment or declaration whose value is not a call: the value as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getStatement_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Statement#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // Statement
