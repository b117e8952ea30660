/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.pagelab.model.mm.MmPackage
 * @generated
 */
public interface MmFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MmFactory eINSTANCE = org.pagelab.model.mm.impl.MmFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>MM State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>MM State</em>'.
	 * @generated
	 */
	MMState createMMState();

	/**
	 * Returns a new object of class '<em>Page</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Page</em>'.
	 * @generated
	 */
	Page createPage();

	/**
	 * Returns a new object of class '<em>Mm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mm</em>'.
	 * @generated
	 */
	Mm createMm();

	/**
	 * Returns a new object of class '<em>Vma</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vma</em>'.
	 * @generated
	 */
	Vma createVma();

	/**
	 * Returns a new object of class '<em>Pmd</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pmd</em>'.
	 * @generated
	 */
	Pmd createPmd();

	/**
	 * Returns a new object of class '<em>Pte</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pte</em>'.
	 * @generated
	 */
	Pte createPte();

	/**
	 * Returns a new object of class '<em>File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>File</em>'.
	 * @generated
	 */
	File createFile();

	/**
	 * Returns a new object of class '<em>Cache Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cache Entry</em>'.
	 * @generated
	 */
	CacheEntry createCacheEntry();

	/**
	 * Returns a new object of class '<em>Swap Slot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Swap Slot</em>'.
	 * @generated
	 */
	SwapSlot createSwapSlot();

	/**
	 * Returns a new object of class '<em>Lock</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lock</em>'.
	 * @generated
	 */
	Lock createLock();

	/**
	 * Returns a new object of class '<em>Userfaultfd</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Userfaultfd</em>'.
	 * @generated
	 */
	Userfaultfd createUserfaultfd();

	/**
	 * Returns a new object of class '<em>Uffd Message</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Uffd Message</em>'.
	 * @generated
	 */
	UffdMessage createUffdMessage();

	/**
	 * Returns a new object of class '<em>Thread State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Thread State</em>'.
	 * @generated
	 */
	ThreadState createThreadState();

	/**
	 * Returns a new object of class '<em>Named Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Named Value</em>'.
	 * @generated
	 */
	NamedValue createNamedValue();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MmPackage getMmPackage();

} //MmFactory
