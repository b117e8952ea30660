/**
 */
package org.pagelab.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;

import org.pagelab.model.scenario.ScenarioPackage;
import org.pagelab.model.scenario.SetupBlock;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Setup Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SetupBlockImpl extends BlockImpl implements SetupBlock {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SetupBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.SETUP_BLOCK;
	}

} //SetupBlockImpl
