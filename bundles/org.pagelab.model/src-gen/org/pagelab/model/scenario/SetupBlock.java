/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Setup Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * setup { ... }: code run once before the threads.
 * <!-- end-model-doc -->
 *
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getSetupBlock()
 * @model
 * @generated
 */
public interface SetupBlock extends Block {
} // SetupBlock
