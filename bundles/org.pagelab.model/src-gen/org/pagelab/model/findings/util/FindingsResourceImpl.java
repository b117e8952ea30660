/**
 */
package org.pagelab.model.findings.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.pagelab.model.findings.util.FindingsResourceFactoryImpl
 * @generated
 */
public class FindingsResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public FindingsResourceImpl(URI uri) {
		super(uri);
	}

} //FindingsResourceImpl
