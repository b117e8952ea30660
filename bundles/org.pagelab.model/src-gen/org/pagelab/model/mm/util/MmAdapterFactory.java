/**
 */
package org.pagelab.model.mm.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.pagelab.model.mm.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.pagelab.model.mm.MmPackage
 * @generated
 */
public class MmAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static MmPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MmAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = MmPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MmSwitch<Adapter> modelSwitch =
		new MmSwitch<Adapter>() {
			@Override
			public Adapter caseMMState(MMState object) {
				return createMMStateAdapter();
			}
			@Override
			public Adapter casePage(Page object) {
				return createPageAdapter();
			}
			@Override
			public Adapter caseMm(Mm object) {
				return createMmAdapter();
			}
			@Override
			public Adapter caseVma(Vma object) {
				return createVmaAdapter();
			}
			@Override
			public Adapter casePmd(Pmd object) {
				return createPmdAdapter();
			}
			@Override
			public Adapter casePte(Pte object) {
				return createPteAdapter();
			}
			@Override
			public Adapter caseFile(File object) {
				return createFileAdapter();
			}
			@Override
			public Adapter caseCacheEntry(CacheEntry object) {
				return createCacheEntryAdapter();
			}
			@Override
			public Adapter caseSwapSlot(SwapSlot object) {
				return createSwapSlotAdapter();
			}
			@Override
			public Adapter caseLock(Lock object) {
				return createLockAdapter();
			}
			@Override
			public Adapter caseUserfaultfd(Userfaultfd object) {
				return createUserfaultfdAdapter();
			}
			@Override
			public Adapter caseUffdMessage(UffdMessage object) {
				return createUffdMessageAdapter();
			}
			@Override
			public Adapter caseThreadState(ThreadState object) {
				return createThreadStateAdapter();
			}
			@Override
			public Adapter caseNamedValue(NamedValue object) {
				return createNamedValueAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.MMState <em>MM State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.MMState
	 * @generated
	 */
	public Adapter createMMStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Page <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Page
	 * @generated
	 */
	public Adapter createPageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Mm <em>Mm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Mm
	 * @generated
	 */
	public Adapter createMmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Vma <em>Vma</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Vma
	 * @generated
	 */
	public Adapter createVmaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Pmd <em>Pmd</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Pmd
	 * @generated
	 */
	public Adapter createPmdAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Pte <em>Pte</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Pte
	 * @generated
	 */
	public Adapter createPteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.File <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.File
	 * @generated
	 */
	public Adapter createFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.CacheEntry <em>Cache Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.CacheEntry
	 * @generated
	 */
	public Adapter createCacheEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.SwapSlot <em>Swap Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.SwapSlot
	 * @generated
	 */
	public Adapter createSwapSlotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Lock <em>Lock</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Lock
	 * @generated
	 */
	public Adapter createLockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.Userfaultfd <em>Userfaultfd</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.Userfaultfd
	 * @generated
	 */
	public Adapter createUserfaultfdAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.UffdMessage <em>Uffd Message</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.UffdMessage
	 * @generated
	 */
	public Adapter createUffdMessageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.ThreadState <em>Thread State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.ThreadState
	 * @generated
	 */
	public Adapter createThreadStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.pagelab.model.mm.NamedValue <em>Named Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.pagelab.model.mm.NamedValue
	 * @generated
	 */
	public Adapter createNamedValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //MmAdapterFactory
