/**
 */
package org.pagelab.model.mm.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.pagelab.model.mm.Lock;
import org.pagelab.model.mm.Mm;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.model.mm.Pmd;
import org.pagelab.model.mm.Userfaultfd;
import org.pagelab.model.mm.Vma;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getPid <em>Pid</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getVmas <em>Vmas</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getPmds <em>Pmds</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getMmapLock <em>Mmap Lock</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getUserfaultfd <em>Userfaultfd</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getRssAnon <em>Rss Anon</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getRssFile <em>Rss File</em>}</li>
 *   <li>{@link org.pagelab.model.mm.impl.MmImpl#getRssShmem <em>Rss Shmem</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MmImpl extends MinimalEObjectImpl.Container implements Mm {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected static final int PID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPid() <em>Pid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPid()
	 * @generated
	 * @ordered
	 */
	protected int pid = PID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVmas() <em>Vmas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmas()
	 * @generated
	 * @ordered
	 */
	protected EList<Vma> vmas;

	/**
	 * The cached value of the '{@link #getPmds() <em>Pmds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPmds()
	 * @generated
	 * @ordered
	 */
	protected EList<Pmd> pmds;

	/**
	 * The cached value of the '{@link #getMmapLock() <em>Mmap Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMmapLock()
	 * @generated
	 * @ordered
	 */
	protected Lock mmapLock;

	/**
	 * The cached value of the '{@link #getUserfaultfd() <em>Userfaultfd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserfaultfd()
	 * @generated
	 * @ordered
	 */
	protected Userfaultfd userfaultfd;

	/**
	 * The default value of the '{@link #getRssAnon() <em>Rss Anon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssAnon()
	 * @generated
	 * @ordered
	 */
	protected static final int RSS_ANON_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRssAnon() <em>Rss Anon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssAnon()
	 * @generated
	 * @ordered
	 */
	protected int rssAnon = RSS_ANON_EDEFAULT;

	/**
	 * The default value of the '{@link #getRssFile() <em>Rss File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssFile()
	 * @generated
	 * @ordered
	 */
	protected static final int RSS_FILE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRssFile() <em>Rss File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssFile()
	 * @generated
	 * @ordered
	 */
	protected int rssFile = RSS_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRssShmem() <em>Rss Shmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssShmem()
	 * @generated
	 * @ordered
	 */
	protected static final int RSS_SHMEM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRssShmem() <em>Rss Shmem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRssShmem()
	 * @generated
	 * @ordered
	 */
	protected int rssShmem = RSS_SHMEM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmPackage.Literals.MM;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPid() {
		return pid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPid(int newPid) {
		int oldPid = pid;
		pid = newPid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__PID, oldPid, pid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vma> getVmas() {
		if (vmas == null) {
			vmas = new EObjectContainmentEList<Vma>(Vma.class, this, MmPackage.MM__VMAS);
		}
		return vmas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pmd> getPmds() {
		if (pmds == null) {
			pmds = new EObjectContainmentEList<Pmd>(Pmd.class, this, MmPackage.MM__PMDS);
		}
		return pmds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lock getMmapLock() {
		return mmapLock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMmapLock(Lock newMmapLock, NotificationChain msgs) {
		Lock oldMmapLock = mmapLock;
		mmapLock = newMmapLock;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MmPackage.MM__MMAP_LOCK, oldMmapLock, newMmapLock);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMmapLock(Lock newMmapLock) {
		if (newMmapLock != mmapLock) {
			NotificationChain msgs = null;
			if (mmapLock != null)
				msgs = ((InternalEObject)mmapLock).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MmPackage.MM__MMAP_LOCK, null, msgs);
			if (newMmapLock != null)
				msgs = ((InternalEObject)newMmapLock).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MmPackage.MM__MMAP_LOCK, null, msgs);
			msgs = basicSetMmapLock(newMmapLock, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__MMAP_LOCK, newMmapLock, newMmapLock));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Userfaultfd getUserfaultfd() {
		return userfaultfd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUserfaultfd(Userfaultfd newUserfaultfd, NotificationChain msgs) {
		Userfaultfd oldUserfaultfd = userfaultfd;
		userfaultfd = newUserfaultfd;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MmPackage.MM__USERFAULTFD, oldUserfaultfd, newUserfaultfd);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserfaultfd(Userfaultfd newUserfaultfd) {
		if (newUserfaultfd != userfaultfd) {
			NotificationChain msgs = null;
			if (userfaultfd != null)
				msgs = ((InternalEObject)userfaultfd).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MmPackage.MM__USERFAULTFD, null, msgs);
			if (newUserfaultfd != null)
				msgs = ((InternalEObject)newUserfaultfd).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MmPackage.MM__USERFAULTFD, null, msgs);
			msgs = basicSetUserfaultfd(newUserfaultfd, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__USERFAULTFD, newUserfaultfd, newUserfaultfd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRssAnon() {
		return rssAnon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRssAnon(int newRssAnon) {
		int oldRssAnon = rssAnon;
		rssAnon = newRssAnon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__RSS_ANON, oldRssAnon, rssAnon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRssFile() {
		return rssFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRssFile(int newRssFile) {
		int oldRssFile = rssFile;
		rssFile = newRssFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__RSS_FILE, oldRssFile, rssFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRssShmem() {
		return rssShmem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRssShmem(int newRssShmem) {
		int oldRssShmem = rssShmem;
		rssShmem = newRssShmem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmPackage.MM__RSS_SHMEM, oldRssShmem, rssShmem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MmPackage.MM__VMAS:
				return ((InternalEList<?>)getVmas()).basicRemove(otherEnd, msgs);
			case MmPackage.MM__PMDS:
				return ((InternalEList<?>)getPmds()).basicRemove(otherEnd, msgs);
			case MmPackage.MM__MMAP_LOCK:
				return basicSetMmapLock(null, msgs);
			case MmPackage.MM__USERFAULTFD:
				return basicSetUserfaultfd(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmPackage.MM__NAME:
				return getName();
			case MmPackage.MM__PID:
				return getPid();
			case MmPackage.MM__VMAS:
				return getVmas();
			case MmPackage.MM__PMDS:
				return getPmds();
			case MmPackage.MM__MMAP_LOCK:
				return getMmapLock();
			case MmPackage.MM__USERFAULTFD:
				return getUserfaultfd();
			case MmPackage.MM__RSS_ANON:
				return getRssAnon();
			case MmPackage.MM__RSS_FILE:
				return getRssFile();
			case MmPackage.MM__RSS_SHMEM:
				return getRssShmem();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmPackage.MM__NAME:
				setName((String)newValue);
				return;
			case MmPackage.MM__PID:
				setPid((Integer)newValue);
				return;
			case MmPackage.MM__VMAS:
				getVmas().clear();
				getVmas().addAll((Collection<? extends Vma>)newValue);
				return;
			case MmPackage.MM__PMDS:
				getPmds().clear();
				getPmds().addAll((Collection<? extends Pmd>)newValue);
				return;
			case MmPackage.MM__MMAP_LOCK:
				setMmapLock((Lock)newValue);
				return;
			case MmPackage.MM__USERFAULTFD:
				setUserfaultfd((Userfaultfd)newValue);
				return;
			case MmPackage.MM__RSS_ANON:
				setRssAnon((Integer)newValue);
				return;
			case MmPackage.MM__RSS_FILE:
				setRssFile((Integer)newValue);
				return;
			case MmPackage.MM__RSS_SHMEM:
				setRssShmem((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MmPackage.MM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case MmPackage.MM__PID:
				setPid(PID_EDEFAULT);
				return;
			case MmPackage.MM__VMAS:
				getVmas().clear();
				return;
			case MmPackage.MM__PMDS:
				getPmds().clear();
				return;
			case MmPackage.MM__MMAP_LOCK:
				setMmapLock((Lock)null);
				return;
			case MmPackage.MM__USERFAULTFD:
				setUserfaultfd((Userfaultfd)null);
				return;
			case MmPackage.MM__RSS_ANON:
				setRssAnon(RSS_ANON_EDEFAULT);
				return;
			case MmPackage.MM__RSS_FILE:
				setRssFile(RSS_FILE_EDEFAULT);
				return;
			case MmPackage.MM__RSS_SHMEM:
				setRssShmem(RSS_SHMEM_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MmPackage.MM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case MmPackage.MM__PID:
				return pid != PID_EDEFAULT;
			case MmPackage.MM__VMAS:
				return vmas != null && !vmas.isEmpty();
			case MmPackage.MM__PMDS:
				return pmds != null && !pmds.isEmpty();
			case MmPackage.MM__MMAP_LOCK:
				return mmapLock != null;
			case MmPackage.MM__USERFAULTFD:
				return userfaultfd != null;
			case MmPackage.MM__RSS_ANON:
				return rssAnon != RSS_ANON_EDEFAULT;
			case MmPackage.MM__RSS_FILE:
				return rssFile != RSS_FILE_EDEFAULT;
			case MmPackage.MM__RSS_SHMEM:
				return rssShmem != RSS_SHMEM_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", pid: ");
		result.append(pid);
		result.append(", rssAnon: ");
		result.append(rssAnon);
		result.append(", rssFile: ");
		result.append(rssFile);
		result.append(", rssShmem: ");
		result.append(rssShmem);
		result.append(')');
		return result.toString();
	}

} //MmImpl
