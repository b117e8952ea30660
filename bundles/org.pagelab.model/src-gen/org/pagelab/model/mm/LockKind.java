/**
 */
package org.pagelab.model.mm;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Lock Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of lock.
 * <!-- end-model-doc -->
 * @see org.pagelab.model.mm.MmPackage#getLockKind()
 * @model
 * @generated
 */
public enum LockKind implements Enumerator {
	/**
	 * The '<em><b>Ptl</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PTL_VALUE
	 * @generated
	 * @ordered
	 */
	PTL(0, "ptl", "ptl"),

	/**
	 * The '<em><b>Page lock</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_LOCK_VALUE
	 * @generated
	 * @ordered
	 */
	PAGE_LOCK(1, "page_lock", "page_lock"),

	/**
	 * The '<em><b>Mmap lock</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMAP_LOCK_VALUE
	 * @generated
	 * @ordered
	 */
	MMAP_LOCK(2, "mmap_lock", "mmap_lock"),

	/**
	 * The '<em><b>Immap rwsem</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMMAP_RWSEM_VALUE
	 * @generated
	 * @ordered
	 */
	IMMAP_RWSEM(3, "i_mmap_rwsem", "i_mmap_rwsem"),

	/**
	 * The '<em><b>Spinlock</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPINLOCK_VALUE
	 * @generated
	 * @ordered
	 */
	SPINLOCK(4, "spinlock", "spinlock"),

	/**
	 * The '<em><b>Mutex</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUTEX_VALUE
	 * @generated
	 * @ordered
	 */
	MUTEX(5, "mutex", "mutex"),

	/**
	 * The '<em><b>Rwsem</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RWSEM_VALUE
	 * @generated
	 * @ordered
	 */
	RWSEM(6, "rwsem", "rwsem");

	/**
	 * The '<em><b>Ptl</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PTL
	 * @model name="ptl"
	 * @generated
	 * @ordered
	 */
	public static final int PTL_VALUE = 0;

	/**
	 * The '<em><b>Page lock</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAGE_LOCK
	 * @model name="page_lock"
	 * @generated
	 * @ordered
	 */
	public static final int PAGE_LOCK_VALUE = 1;

	/**
	 * The '<em><b>Mmap lock</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MMAP_LOCK
	 * @model name="mmap_lock"
	 * @generated
	 * @ordered
	 */
	public static final int MMAP_LOCK_VALUE = 2;

	/**
	 * The '<em><b>Immap rwsem</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMMAP_RWSEM
	 * @model name="i_mmap_rwsem"
	 * @generated
	 * @ordered
	 */
	public static final int IMMAP_RWSEM_VALUE = 3;

	/**
	 * The '<em><b>Spinlock</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPINLOCK
	 * @model name="spinlock"
	 * @generated
	 * @ordered
	 */
	public static final int SPINLOCK_VALUE = 4;

	/**
	 * The '<em><b>Mutex</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUTEX
	 * @model name="mutex"
	 * @generated
	 * @ordered
	 */
	public static final int MUTEX_VALUE = 5;

	/**
	 * The '<em><b>Rwsem</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RWSEM
	 * @model name="rwsem"
	 * @generated
	 * @ordered
	 */
	public static final int RWSEM_VALUE = 6;

	/**
	 * An array of all the '<em><b>Lock Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LockKind[] VALUES_ARRAY =
		new LockKind[] {
			PTL,
			PAGE_LOCK,
			MMAP_LOCK,
			IMMAP_RWSEM,
			SPINLOCK,
			MUTEX,
			RWSEM,
		};

	/**
	 * A public read-only list of all the '<em><b>Lock Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LockKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lock Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LockKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lock Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LockKind get(int value) {
		switch (value) {
			case PTL_VALUE: return PTL;
			case PAGE_LOCK_VALUE: return PAGE_LOCK;
			case MMAP_LOCK_VALUE: return MMAP_LOCK;
			case IMMAP_RWSEM_VALUE: return IMMAP_RWSEM;
			case SPINLOCK_VALUE: return SPINLOCK;
			case MUTEX_VALUE: return MUTEX;
			case RWSEM_VALUE: return RWSEM;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private LockKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //LockKind
