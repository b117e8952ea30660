/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variant Choice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * variant FUNCTION = "VARIANT"; picks a named variant of a library function.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.VariantChoice#getFunction <em>Function</em>}</li>
 *   <li>{@link org.pagelab.model.scenario.VariantChoice#getVariant <em>Variant</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getVariantChoice()
 * @model
 * @generated
 */
public interface VariantChoice extends Element {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The library function, e.g. try_to_unmap_one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getVariantChoice_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.VariantChoice#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variant name, e.g. 5.16 or v2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variant</em>' attribute.
	 * @see #setVariant(String)
	 * @see org.pagelab.model.scenario.ScenarioPackage#getVariantChoice_Variant()
	 * @model
	 * @generated
	 */
	String getVariant();

	/**
	 * Sets the value of the '{@link org.pagelab.model.scenario.VariantChoice#getVariant <em>Variant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant</em>' attribute.
	 * @see #getVariant()
	 * @generated
	 */
	void setVariant(String value);

} // VariantChoice
