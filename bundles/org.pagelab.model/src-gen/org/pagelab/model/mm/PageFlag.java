/**
 */
package org.pagelab.model.mm;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Page Flag</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Page flags by kernel name (include/linux/page-flags.h), and page-types pseudo flags: anon, swapcache, ksm, zero_page, thp, compound_tail, buddy, and isolated (taken off the LRU by isolate_lru_page).
 * <!-- end-model-doc -->
 * @see org.pagelab.model.mm.MmPackage#getPageFlag()
 * @model
 * @generated
 */
public enum PageFlag implements Enumerator {
	/**
	 * The '<em><b>Locked</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCKED_VALUE
	 * @generated
	 * @ordered
	 */
	LOCKED(0, "locked", "locked"),

	/**
	 * The '<em><b>Referenced</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERENCED_VALUE
	 * @generated
	 * @ordered
	 */
	REFERENCED(1, "referenced", "referenced"),

	/**
	 * The '<em><b>Uptodate</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPTODATE_VALUE
	 * @generated
	 * @ordered
	 */
	UPTODATE(2, "uptodate", "uptodate"),

	/**
	 * The '<em><b>Dirty</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRTY_VALUE
	 * @generated
	 * @ordered
	 */
	DIRTY(3, "dirty", "dirty"),

	/**
	 * The '<em><b>Lru</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LRU_VALUE
	 * @generated
	 * @ordered
	 */
	LRU(4, "lru", "lru"),

	/**
	 * The '<em><b>Active</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVE(5, "active", "active"),

	/**
	 * The '<em><b>Workingset</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKINGSET_VALUE
	 * @generated
	 * @ordered
	 */
	WORKINGSET(6, "workingset", "workingset"),

	/**
	 * The '<em><b>Waiters</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAITERS_VALUE
	 * @generated
	 * @ordered
	 */
	WAITERS(7, "waiters", "waiters"),

	/**
	 * The '<em><b>Error</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERROR_VALUE
	 * @generated
	 * @ordered
	 */
	ERROR(8, "error", "error"),

	/**
	 * The '<em><b>Slab</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLAB_VALUE
	 * @generated
	 * @ordered
	 */
	SLAB(9, "slab", "slab"),

	/**
	 * The '<em><b>Owner priv 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWNER_PRIV_1_VALUE
	 * @generated
	 * @ordered
	 */
	OWNER_PRIV_1(10, "owner_priv_1", "owner_priv_1"),

	/**
	 * The '<em><b>Reserved</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESERVED_VALUE
	 * @generated
	 * @ordered
	 */
	RESERVED(11, "reserved", "reserved"),

	/**
	 * The '<em><b>Private</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE(12, "private", "private"),

	/**
	 * The '<em><b>Private 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_2_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_2(13, "private_2", "private_2"),

	/**
	 * The '<em><b>Writeback</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITEBACK_VALUE
	 * @generated
	 * @ordered
	 */
	WRITEBACK(14, "writeback", "writeback"),

	/**
	 * The '<em><b>Head</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAD_VALUE
	 * @generated
	 * @ordered
	 */
	HEAD(15, "head", "head"),

	/**
	 * The '<em><b>Mappedtodisk</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAPPEDTODISK_VALUE
	 * @generated
	 * @ordered
	 */
	MAPPEDTODISK(16, "mappedtodisk", "mappedtodisk"),

	/**
	 * The '<em><b>Reclaim</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECLAIM_VALUE
	 * @generated
	 * @ordered
	 */
	RECLAIM(17, "reclaim", "reclaim"),

	/**
	 * The '<em><b>Swapbacked</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAPBACKED_VALUE
	 * @generated
	 * @ordered
	 */
	SWAPBACKED(18, "swapbacked", "swapbacked"),

	/**
	 * The '<em><b>Unevictable</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEVICTABLE_VALUE
	 * @generated
	 * @ordered
	 */
	UNEVICTABLE(19, "unevictable", "unevictable"),

	/**
	 * The '<em><b>Mlocked</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MLOCKED_VALUE
	 * @generated
	 * @ordered
	 */
	MLOCKED(20, "mlocked", "mlocked"),

	/**
	 * The '<em><b>Hwpoison</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HWPOISON_VALUE
	 * @generated
	 * @ordered
	 */
	HWPOISON(21, "hwpoison", "hwpoison"),

	/**
	 * The '<em><b>Young</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUNG_VALUE
	 * @generated
	 * @ordered
	 */
	YOUNG(22, "young", "young"),

	/**
	 * The '<em><b>Idle</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDLE_VALUE
	 * @generated
	 * @ordered
	 */
	IDLE(23, "idle", "idle"),

	/**
	 * The '<em><b>Anon</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANON_VALUE
	 * @generated
	 * @ordered
	 */
	ANON(24, "anon", "anon"),

	/**
	 * The '<em><b>Swapcache</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAPCACHE_VALUE
	 * @generated
	 * @ordered
	 */
	SWAPCACHE(25, "swapcache", "swapcache"),

	/**
	 * The '<em><b>Ksm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSM_VALUE
	 * @generated
	 * @ordered
	 */
	KSM(26, "ksm", "ksm"),

	/**
	 * The '<em><b>Zero page</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZERO_PAGE_VALUE
	 * @generated
	 * @ordered
	 */
	ZERO_PAGE(27, "zero_page", "zero_page"),

	/**
	 * The '<em><b>Thp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THP_VALUE
	 * @generated
	 * @ordered
	 */
	THP(28, "thp", "thp"),

	/**
	 * The '<em><b>Compound tail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPOUND_TAIL_VALUE
	 * @generated
	 * @ordered
	 */
	COMPOUND_TAIL(29, "compound_tail", "compound_tail"),

	/**
	 * The '<em><b>Buddy</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDDY_VALUE
	 * @generated
	 * @ordered
	 */
	BUDDY(30, "buddy", "buddy"),

	/**
	 * The '<em><b>Isolated</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISOLATED_VALUE
	 * @generated
	 * @ordered
	 */
	ISOLATED(31, "isolated", "isolated");

	/**
	 * The '<em><b>Locked</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCKED
	 * @model name="locked"
	 * @generated
	 * @ordered
	 */
	public static final int LOCKED_VALUE = 0;

	/**
	 * The '<em><b>Referenced</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERENCED
	 * @model name="referenced"
	 * @generated
	 * @ordered
	 */
	public static final int REFERENCED_VALUE = 1;

	/**
	 * The '<em><b>Uptodate</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UPTODATE
	 * @model name="uptodate"
	 * @generated
	 * @ordered
	 */
	public static final int UPTODATE_VALUE = 2;

	/**
	 * The '<em><b>Dirty</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRTY
	 * @model name="dirty"
	 * @generated
	 * @ordered
	 */
	public static final int DIRTY_VALUE = 3;

	/**
	 * The '<em><b>Lru</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LRU
	 * @model name="lru"
	 * @generated
	 * @ordered
	 */
	public static final int LRU_VALUE = 4;

	/**
	 * The '<em><b>Active</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVE
	 * @model name="active"
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVE_VALUE = 5;

	/**
	 * The '<em><b>Workingset</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKINGSET
	 * @model name="workingset"
	 * @generated
	 * @ordered
	 */
	public static final int WORKINGSET_VALUE = 6;

	/**
	 * The '<em><b>Waiters</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WAITERS
	 * @model name="waiters"
	 * @generated
	 * @ordered
	 */
	public static final int WAITERS_VALUE = 7;

	/**
	 * The '<em><b>Error</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ERROR
	 * @model name="error"
	 * @generated
	 * @ordered
	 */
	public static final int ERROR_VALUE = 8;

	/**
	 * The '<em><b>Slab</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLAB
	 * @model name="slab"
	 * @generated
	 * @ordered
	 */
	public static final int SLAB_VALUE = 9;

	/**
	 * The '<em><b>Owner priv 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWNER_PRIV_1
	 * @model name="owner_priv_1"
	 * @generated
	 * @ordered
	 */
	public static final int OWNER_PRIV_1_VALUE = 10;

	/**
	 * The '<em><b>Reserved</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESERVED
	 * @model name="reserved"
	 * @generated
	 * @ordered
	 */
	public static final int RESERVED_VALUE = 11;

	/**
	 * The '<em><b>Private</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE
	 * @model name="private"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_VALUE = 12;

	/**
	 * The '<em><b>Private 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_2
	 * @model name="private_2"
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_2_VALUE = 13;

	/**
	 * The '<em><b>Writeback</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WRITEBACK
	 * @model name="writeback"
	 * @generated
	 * @ordered
	 */
	public static final int WRITEBACK_VALUE = 14;

	/**
	 * The '<em><b>Head</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEAD
	 * @model name="head"
	 * @generated
	 * @ordered
	 */
	public static final int HEAD_VALUE = 15;

	/**
	 * The '<em><b>Mappedtodisk</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAPPEDTODISK
	 * @model name="mappedtodisk"
	 * @generated
	 * @ordered
	 */
	public static final int MAPPEDTODISK_VALUE = 16;

	/**
	 * The '<em><b>Reclaim</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECLAIM
	 * @model name="reclaim"
	 * @generated
	 * @ordered
	 */
	public static final int RECLAIM_VALUE = 17;

	/**
	 * The '<em><b>Swapbacked</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAPBACKED
	 * @model name="swapbacked"
	 * @generated
	 * @ordered
	 */
	public static final int SWAPBACKED_VALUE = 18;

	/**
	 * The '<em><b>Unevictable</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNEVICTABLE
	 * @model name="unevictable"
	 * @generated
	 * @ordered
	 */
	public static final int UNEVICTABLE_VALUE = 19;

	/**
	 * The '<em><b>Mlocked</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MLOCKED
	 * @model name="mlocked"
	 * @generated
	 * @ordered
	 */
	public static final int MLOCKED_VALUE = 20;

	/**
	 * The '<em><b>Hwpoison</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HWPOISON
	 * @model name="hwpoison"
	 * @generated
	 * @ordered
	 */
	public static final int HWPOISON_VALUE = 21;

	/**
	 * The '<em><b>Young</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUNG
	 * @model name="young"
	 * @generated
	 * @ordered
	 */
	public static final int YOUNG_VALUE = 22;

	/**
	 * The '<em><b>Idle</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDLE
	 * @model name="idle"
	 * @generated
	 * @ordered
	 */
	public static final int IDLE_VALUE = 23;

	/**
	 * The '<em><b>Anon</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANON
	 * @model name="anon"
	 * @generated
	 * @ordered
	 */
	public static final int ANON_VALUE = 24;

	/**
	 * The '<em><b>Swapcache</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWAPCACHE
	 * @model name="swapcache"
	 * @generated
	 * @ordered
	 */
	public static final int SWAPCACHE_VALUE = 25;

	/**
	 * The '<em><b>Ksm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KSM
	 * @model name="ksm"
	 * @generated
	 * @ordered
	 */
	public static final int KSM_VALUE = 26;

	/**
	 * The '<em><b>Zero page</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZERO_PAGE
	 * @model name="zero_page"
	 * @generated
	 * @ordered
	 */
	public static final int ZERO_PAGE_VALUE = 27;

	/**
	 * The '<em><b>Thp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THP
	 * @model name="thp"
	 * @generated
	 * @ordered
	 */
	public static final int THP_VALUE = 28;

	/**
	 * The '<em><b>Compound tail</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPOUND_TAIL
	 * @model name="compound_tail"
	 * @generated
	 * @ordered
	 */
	public static final int COMPOUND_TAIL_VALUE = 29;

	/**
	 * The '<em><b>Buddy</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDDY
	 * @model name="buddy"
	 * @generated
	 * @ordered
	 */
	public static final int BUDDY_VALUE = 30;

	/**
	 * The '<em><b>Isolated</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISOLATED
	 * @model name="isolated"
	 * @generated
	 * @ordered
	 */
	public static final int ISOLATED_VALUE = 31;

	/**
	 * An array of all the '<em><b>Page Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PageFlag[] VALUES_ARRAY =
		new PageFlag[] {
			LOCKED,
			REFERENCED,
			UPTODATE,
			DIRTY,
			LRU,
			ACTIVE,
			WORKINGSET,
			WAITERS,
			ERROR,
			SLAB,
			OWNER_PRIV_1,
			RESERVED,
			PRIVATE,
			PRIVATE_2,
			WRITEBACK,
			HEAD,
			MAPPEDTODISK,
			RECLAIM,
			SWAPBACKED,
			UNEVICTABLE,
			MLOCKED,
			HWPOISON,
			YOUNG,
			IDLE,
			ANON,
			SWAPCACHE,
			KSM,
			ZERO_PAGE,
			THP,
			COMPOUND_TAIL,
			BUDDY,
			ISOLATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Page Flag</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PageFlag> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Page Flag</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageFlag get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PageFlag result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Page Flag</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageFlag getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PageFlag result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Page Flag</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PageFlag get(int value) {
		switch (value) {
			case LOCKED_VALUE: return LOCKED;
			case REFERENCED_VALUE: return REFERENCED;
			case UPTODATE_VALUE: return UPTODATE;
			case DIRTY_VALUE: return DIRTY;
			case LRU_VALUE: return LRU;
			case ACTIVE_VALUE: return ACTIVE;
			case WORKINGSET_VALUE: return WORKINGSET;
			case WAITERS_VALUE: return WAITERS;
			case ERROR_VALUE: return ERROR;
			case SLAB_VALUE: return SLAB;
			case OWNER_PRIV_1_VALUE: return OWNER_PRIV_1;
			case RESERVED_VALUE: return RESERVED;
			case PRIVATE_VALUE: return PRIVATE;
			case PRIVATE_2_VALUE: return PRIVATE_2;
			case WRITEBACK_VALUE: return WRITEBACK;
			case HEAD_VALUE: return HEAD;
			case MAPPEDTODISK_VALUE: return MAPPEDTODISK;
			case RECLAIM_VALUE: return RECLAIM;
			case SWAPBACKED_VALUE: return SWAPBACKED;
			case UNEVICTABLE_VALUE: return UNEVICTABLE;
			case MLOCKED_VALUE: return MLOCKED;
			case HWPOISON_VALUE: return HWPOISON;
			case YOUNG_VALUE: return YOUNG;
			case IDLE_VALUE: return IDLE;
			case ANON_VALUE: return ANON;
			case SWAPCACHE_VALUE: return SWAPCACHE;
			case KSM_VALUE: return KSM;
			case ZERO_PAGE_VALUE: return ZERO_PAGE;
			case THP_VALUE: return THP;
			case COMPOUND_TAIL_VALUE: return COMPOUND_TAIL;
			case BUDDY_VALUE: return BUDDY;
			case ISOLATED_VALUE: return ISOLATED;
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
	private PageFlag(int value, String name, String literal) {
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
	
} //PageFlag
