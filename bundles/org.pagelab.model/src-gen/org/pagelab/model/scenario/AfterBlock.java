/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>After Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * after { ... }: code run once when all threads finished.
 * <!-- end-model-doc -->
 *
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getAfterBlock()
 * @model
 * @generated
 */
public interface AfterBlock extends Block {
} // AfterBlock
