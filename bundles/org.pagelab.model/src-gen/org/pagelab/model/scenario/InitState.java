/**
 */
package org.pagelab.model.scenario;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Init State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The litmus initial-state block { x=1; int *p=&x; 0:r1=0; }, kept as text.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.scenario.InitState#getLocations <em>Locations</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getInitState()
 * @model
 * @generated
 */
public interface InitState extends Element {
	/**
	 * Returns the value of the '<em><b>Locations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the locations and registers it initializes, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locations</em>' attribute list.
	 * @see org.pagelab.model.scenario.ScenarioPackage#getInitState_Locations()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLocations();

} // InitState
