/**
 */
package org.pagelab.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;

import org.pagelab.model.scenario.Locations;
import org.pagelab.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Locations</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class LocationsImpl extends ElementImpl implements Locations {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocationsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.LOCATIONS;
	}

} //LocationsImpl
