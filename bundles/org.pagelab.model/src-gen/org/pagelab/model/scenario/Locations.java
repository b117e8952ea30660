/**
 */
package org.pagelab.model.scenario;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Locations</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * locations [x; 0:r1]: extra values to print, kept as text.
 * <!-- end-model-doc -->
 *
 *
 * @see org.pagelab.model.scenario.ScenarioPackage#getLocations()
 * @model
 * @generated
 */
public interface Locations extends Element {
} // Locations
