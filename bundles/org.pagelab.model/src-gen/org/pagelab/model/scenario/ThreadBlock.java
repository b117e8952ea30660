/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Thread Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A thread, [daemon] P<n>[:role](params) { ... }: one CPU or role of the race.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.ThreadBlock#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.ThreadBlock#getRole <em>Role</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.ThreadBlock#isDaemon <em>Daemon</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.ThreadBlock#getParams <em>Params</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getThreadBlock()
 * @model
 * @generated
 */
public interface ThreadBlock extends Block {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thread number n of Pn (threads are numbered from 0 in file order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getThreadBlock_Index()
	 * @model default="0"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.ThreadBlock#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The readable name after the colon (dio, reclaim), or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getThreadBlock_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.ThreadBlock#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Daemon</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A daemon thread need not finish (a server loop).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Daemon</em>' attribute.
	 * @see #setDaemon(boolean)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getThreadBlock_Daemon()
	 * @model default="false"
	 * @generated
	 */
	boolean isDaemon();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.ThreadBlock#isDaemon <em>Daemon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Daemon</em>' attribute.
	 * @see #isDaemon()
	 * @generated
	 */
	void setDaemon(boolean value);

	/**
	 * Returns the value of the '<em><b>Params</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameter list as written between the parentheses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Params</em>' attribute.
	 * @see #setParams(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getThreadBlock_Params()
	 * @model default=""
	 * @generated
	 */
	String getParams();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.ThreadBlock#getParams <em>Params</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Params</em>' attribute.
	 * @see #getParams()
	 * @generated
	 */
	void setParams(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role, or Pn without one.
	 * <!-- end-model-doc -->
	 * @model annotation="http://www.eclipse.org/emf/2002/GenModel body='return getRole() != null &amp;&amp; !getRole().isEmpty() ? getRole() : \"P\" + getIndex();'"
	 * @generated
	 */
	String displayName();

} // ThreadBlock
