/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Declaration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A #define, enum, struct, function or global declaration, kept as text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.Declaration#getKind <em>Kind</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.Declaration#getName <em>Name</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getDeclaration()
 * @model
 * @generated
 */
public interface Declaration extends Element {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.pagelab.model.scenario.DeclarationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What it declares.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.scenario.DeclarationKind
	 * @see #setKind(DeclarationKind)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getDeclaration_Kind()
	 * @model
	 * @generated
	 */
	DeclarationKind getKind();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Declaration#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.pagelab.model.scenario.DeclarationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeclarationKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The declared name (the first constant of an enum).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getDeclaration_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.Declaration#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

} // Declaration
