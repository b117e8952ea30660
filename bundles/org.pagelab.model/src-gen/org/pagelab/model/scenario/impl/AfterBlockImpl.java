/**
 */
package org.pagelab.model.scenario.impl;

import org.eclipse.emf.ecore.EClass;

import org.pagelab.model.scenario.AfterBlock;
import org.pagelab.model.scenario.ScenarioPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>After Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class AfterBlockImpl extends BlockImpl implements AfterBlock {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AfterBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ScenarioPackage.Literals.AFTER_BLOCK;
	}

} //AfterBlockImpl
